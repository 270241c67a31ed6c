<?php
/*
 * Install WordPress into an empty database and fill it with the posts and comments of
 * a JSON spec, through WordPress's own PHP API (wp_install, wp_insert_post,
 * wp_insert_comment, switch_theme).  Run by tests/wordpress_site.py with the PHP CLI:
 *
 *     php install.php CONFIG_NAME HOST SPEC.json
 *
 * CONFIG_NAME selects /etc/wordpress/config-CONFIG_NAME.php through Debian's
 * wp-config.php; HOST is "127.0.0.1:PORT".  Prints a JSON object: the post ids by slug
 * and the comment ids by the spec's comment keys.
 */
if ($argc !== 4) {
    fwrite(STDERR, "usage: php install.php CONFIG_NAME HOST SPEC.json\n");
    exit(2);
}
$_SERVER['WORDPRESS_CONFIG'] = $argv[1];
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$spec = json_decode(file_get_contents($argv[3]), true);
if (!is_array($spec)) {
    fwrite(STDERR, "install.php: {$argv[3]}: not a JSON spec\n");
    exit(2);
}
define('WP_INSTALLING', true);
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install($spec['site_name'], 'editor', 'editor@example.org', true, '', 'not-a-real-password-' . $argv[1]);
if (is_wp_error($result) || empty($result['user_id'])) {
    fwrite(STDERR, "install.php: wp_install failed\n");
    exit(1);
}
$editor = (int) $result['user_id'];

// the sample content wp_install adds (a post with a comment, a page, a privacy-policy draft)
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $p) {
    wp_delete_post($p->ID, true);
}

foreach ($spec['options'] as $name => $value) {
    update_option($name, $value);
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure($spec['permalinks']);
flush_rewrite_rules(false);
switch_theme($spec['theme']);
if (get_stylesheet() !== $spec['theme']) {
    fwrite(STDERR, "install.php: theme {$spec['theme']} is not installed\n");
    exit(1);
}

$out = ['posts' => [], 'comments' => []];
foreach ($spec['posts'] as $post) {
    $local = get_date_from_gmt($post['date_gmt']);
    $id = wp_insert_post([
        'post_title' => $post['title'],
        'post_name' => $post['slug'],
        'post_content' => $post['content'],
        'post_excerpt' => $post['excerpt'],
        'post_status' => $post['status'],
        'post_author' => $editor,
        'post_date' => $local,
        'post_date_gmt' => $post['date_gmt'],
        'comment_status' => 'open',
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "install.php: post {$post['slug']}: " . $id->get_error_message() . "\n");
        exit(1);
    }
    $out['posts'][$post['slug']] = $id;
    foreach ($post['comments'] as $c) {
        $cid = wp_insert_comment([
            'comment_post_ID' => $id,
            'comment_author' => $c['author'],
            'comment_author_email' => $c['email'],
            'comment_author_url' => $c['url'],
            'comment_content' => $c['text'],
            'comment_date' => get_date_from_gmt($c['date_gmt']),
            'comment_date_gmt' => $c['date_gmt'],
            'comment_approved' => $c['approved'],
            'comment_parent' => $c['parent'] === null ? 0 : $out['comments'][$c['parent']],
            'comment_type' => 'comment',
        ]);
        if (!$cid) {
            fwrite(STDERR, "install.php: comment {$c['key']} was not stored\n");
            exit(1);
        }
        $out['comments'][$c['key']] = $cid;
    }
}
echo json_encode($out), "\n";
