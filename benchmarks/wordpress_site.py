"""A real WordPress for the crawler tests: Debian's ``wordpress`` package served by nginx
and PHP-FPM from a MariaDB, all started here as the current user on 127.0.0.1.

``make system-deps`` installs the packages (wordpress, its two default themes,
mariadb-server, php-fpm, php-mysql, nginx).  :class:`WordPressServers` starts

* MariaDB with its own data folder and a unix socket under a temporary folder (no
  network, no system service; ``--user`` is the current user, root included);
* PHP-FPM with its own configuration on a unix socket (``-R`` when run as root);
* nginx with its own configuration, one server on an ephemeral 127.0.0.1 port per site;

and installs one WordPress site per theme (the default block theme and a classic theme)
into its own database, through WordPress's own PHP API (``benchmarks/wordpress/install.php``:
``wp_install``, ``wp_insert_post``, ``wp_insert_comment``, ``switch_theme``) with
Debian's ``wp-config.php``, which reads ``/etc/wordpress/config-NAME.php`` (written here,
removed at the end) for the site nginx names in ``WORDPRESS_CONFIG``.

Every site holds the same original content (:func:`content`): five published posts and a
draft; threaded replies; a post whose thread spans three comment pages at five top-level
comments a page (WordPress's default shows the newest page first); a spam and a held
comment.  The site's post sitemap is broken (nginx answers truncated XML in its place).
:meth:`WordPressSite.rest_comments_closed` closes the REST API's comment routes (a
``rest_endpoints`` filter in the site's config) for the HTML fallback.

Tests use the ``wordpress`` fixture (session scope; marked ``wordpress``, so
``-m 'not wordpress'`` deselects them); it skips with the reason when the packages are
absent.  ``nginx``'s access log counts the requests and their statuses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDPRESS = Path("/usr/share/wordpress")
THEMES = WORDPRESS / "wp-content" / "themes"
DEBIAN_CONFIGS = Path("/etc/wordpress")
#: the block theme: WordPress 6.1's default (Debian 12), else a later or earlier default block theme
BLOCK_THEME = next(
    (
        t
        for t in ("twentytwentythree", "twentytwentyfour", "twentytwentyfive", "twentytwentytwo")
        if (WORDPRESS / "wp-content" / "themes" / t / "style.css").exists()
    ),
    "twentytwentythree",
)
#: the classic theme: the last classic default themes
CLASSIC_THEME = next(
    (
        t
        for t in ("twentytwentyone", "twentytwenty", "twentynineteen")
        if (WORDPRESS / "wp-content" / "themes" / t / "style.css").exists()
    ),
    "twentytwentyone",
)
COMMENTS_PER_PAGE = 5
SITE_NAME = "Fenland Primary Care Bulletin"
PERMALINKS = "/%year%/%monthnum%/%postname%/"


def _binary(*candidates: str) -> str:
    """The first of ``candidates`` (paths or glob patterns) that exists, else the first."""
    for pattern in candidates:
        found = sorted(glob.glob(pattern), reverse=True)  # php-fpm8.3 before php-fpm8.2
        if found:
            return found[0]
    return candidates[0]


BINARIES = {
    "mariadbd": _binary("/usr/sbin/mariadbd", "/usr/sbin/mysqld"),
    "mariadb-install-db": _binary("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db"),
    "mariadb": _binary("/usr/bin/mariadb", "/usr/bin/mysql"),
    "php-fpm": _binary("/usr/sbin/php-fpm[0-9]*", "/usr/sbin/php-fpm"),
    "php": _binary("/usr/bin/php"),
    "nginx": _binary("/usr/sbin/nginx"),
}


# --------------------------------------------------------------------------- content (original)


@dataclass
class WPComment:
    key: str
    author: str
    text: str  # as typed: paragraphs separated by a blank line
    date_gmt: str  # "YYYY-MM-DD HH:MM:SS"
    parent: str | None = None  # key of the comment replied to
    approved: str = "1"  # "1" public, "0" held for moderation, "spam"
    url: str = ""
    email: str = ""

    @property
    def public(self) -> bool:
        return self.approved == "1"

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]


@dataclass
class WPPost:
    slug: str
    title: str
    paragraphs: list[str]
    date_gmt: str
    status: str = "publish"
    excerpt: str = ""
    comments: list[WPComment] = field(default_factory=list)


def _c(key, author, text, when, parent=None, approved="1", url=""):
    return WPComment(
        key,
        author,
        text,
        when,
        parent,
        approved,
        url,
        email=f"{author.lower().replace(' ', '.').replace('’', '')}@example.org",
    )


def content() -> list[WPPost]:
    """The posts and comments every test site holds.  Straight quotes, double hyphens and
    ellipses are avoided in comments (WordPress's texturize would curl them); curly
    apostrophes are typed as such."""
    hub_threads = [
        _c(
            "h1",
            "Dr Ruth Adeyemi",
            "The hub takes our overflow on Mondays and it has made a real difference to the afternoon queue.",
            "2025-07-01 08:15:00",
        ),
        _c(
            "h2",
            "Tom Whitcombe",
            "Patients tell me they do not want to drive twenty miles to be seen by someone who has never met them.",
            "2025-07-01 09:40:00",
        ),
        _c(
            "h3",
            "Practice manager, March",
            "Our reception team now books into the hub directly.\n\n"
            "It took three months to get the template right, but the phone lines are calmer.",
            "2025-07-01 12:05:00",
        ),
        _c(
            "h4",
            "Anonymous GP",
            "Nobody has asked who carries the clinical risk when the hub clinician orders a test and goes home.",
            "2025-07-02 07:30:00",
        ),
        _c(
            "h5",
            "Sandra Quigley",
            "I am a patient in Chatteris and the evening slots are the only ones I can make around shifts.",
            "2025-07-02 19:10:00",
            url="https://sandra.example.net/",
        ),
        _c(
            "h6",
            "Dr Imran Saleh",
            "Continuity suffers: I see my frail patients less often since the hub opened.",
            "2025-07-03 10:00:00",
        ),
        _c(
            "h7",
            "LMC observer",
            "The contract value per head is lower than the network was promised in the spring.",
            "2025-07-03 14:20:00",
        ),
        _c(
            "h8",
            "Nurse practitioner",
            "Staffing the hub means fewer of us in the practices on those days.",
            "2025-07-04 08:45:00",
        ),
        _c(
            "h9",
            "Dr Ruth Adeyemi",
            "Worth reading the evaluation before judging: waits fell by a day on average.",
            "2025-07-05 16:30:00",
        ),
        _c(
            "h10",
            "Retired partner",
            "We tried a similar model in 2009 and it folded when the funding ran out.",
            "2025-07-06 11:11:00",
        ),
        _c(
            "h11",
            "Tom Whitcombe",
            "Does the hub see children? Our health visitors were not told.",
            "2025-07-07 09:05:00",
        ),
        _c(
            "h12",
            "Federation lead",
            "Yes, from one year up, and the pathway is on the intranet.",
            "2025-07-08 13:50:00",
        ),
    ]
    hub_replies = [
        _c(
            "h2r1",
            "Dr Ruth Adeyemi",
            "Ours offer video first, so most people never make the drive.",
            "2025-07-01 10:02:00",
            parent="h2",
        ),
        _c(
            "h2r2",
            "Tom Whitcombe",
            "Video does not work for the patients I am thinking of.",
            "2025-07-01 11:30:00",
            parent="h2r1",
        ),
        _c(
            "h4r1",
            "Federation lead",
            "The requesting clinician owns the result; the hub has a named GP on call until 8pm.",
            "2025-07-02 09:00:00",
            parent="h4",
        ),
        _c(
            "h11r1",
            "Health visitor",
            "We found out from a parent. A line in the bulletin would have helped.",
            "2025-07-07 15:45:00",
            parent="h11",
        ),
    ]
    hub_hidden = [
        _c(
            "hspam",
            "Cheap pills",
            "Buy cheap pills online at our shop today.",
            "2025-07-03 03:03:00",
            approved="spam",
            url="https://spam.example.com/",
        ),
        _c(
            "hheld",
            "New commenter",
            "This comment waits for a moderator and must never be collected.",
            "2025-07-04 22:00:00",
            approved="0",
        ),
    ]
    return [
        WPPost(
            "fenland-hubs-same-day-demand",
            "Network hubs take on same-day demand across the Fens",
            [
                "Three primary care networks in the Fens now send their same-day overflow to two hubs run by the "
                "local GP federation, six months after the integrated care board signed the contract.",
                "Practices say the hubs have shortened the afternoon queue, but some partners worry about "
                "continuity for frail patients and about who carries the risk of tests ordered at the hub.",
                "The federation says it will publish its first full evaluation in the autumn.",
            ],
            "2025-06-30 07:00:00",
            comments=hub_threads[:3]
            + hub_replies[:2]
            + hub_threads[3:4]
            + hub_replies[2:3]
            + hub_threads[4:10]
            + hub_hidden
            + hub_threads[10:11]
            + hub_replies[3:]
            + hub_threads[11:],
        ),
        WPPost(
            "salaried-gps-pay-ballot",
            "Salaried GPs ballot over pay transparency",
            [
                "Salaried GPs in two federations are being balloted on whether to ask for published pay bands, "
                "after a survey found wide gaps between practices in the same town.",
                "Partners say pay must reflect local recruitment, while the sessional GP group says secrecy makes "
                "it harder to compare offers.",
            ],
            "2025-08-12 09:30:00",
            comments=[
                _c(
                    "s1",
                    "Sessional GP",
                    "I took a job at a lower rate because I did not know what the practice next door paid.",
                    "2025-08-12 18:00:00",
                ),
                _c(
                    "s2",
                    "Partner in Wisbech",
                    "Published bands would help recruitment, not hurt it.",
                    "2025-08-13 08:20:00",
                ),
                _c("s2r1", "Sessional GP", "Glad to hear a partner say so.", "2025-08-13 09:00:00", parent="s2"),
            ],
        ),
        WPPost(
            "merger-two-years-on",
            "Practice mergers: what partners say two years on",
            [
                "Two years after four practices merged into one partnership of 40,000 patients, the partners say "
                "the back office is cheaper to run but recruitment has not become easier.",
                "Patients were not consulted on the new phone system, which the practice has since changed twice.",
            ],
            "2025-09-03 06:45:00",
        ),
        WPPost(
            "arrs-physios-first-year",
            "First contact physios: a year in the network",
            [
                "First contact physiotherapists employed through the additional roles scheme saw almost nine "
                "thousand patients in their first year across the network.",
                "GPs say the roles have freed appointments, though supervision takes time that is not funded.",
            ],
            "2025-10-20 12:00:00",
            comments=[
                _c(
                    "a1",
                    "Physio lead",
                    "Supervision is the hidden cost: an hour a week per new starter.",
                    "2025-10-21 07:45:00",
                    url="https://physio.example.org/team/",
                ),
            ],
        ),
        WPPost(
            "locum-chambers-second-hub",
            "Locum chambers open a second base in King’s Lynn",
            [
                "A locum chambers that places sessional GPs across the county has opened a second base, saying "
                "demand from practices has doubled since last winter.",
                "Members share indemnity advice, appraisal support and a rota, and the chambers takes a fee from "
                "each booking rather than a salary.",
            ],
            "2025-11-18 15:20:00",
            comments=[
                _c(
                    "l1",
                    "Locum in Norfolk",
                    "Chambers gave me colleagues again after three years on my own.",
                    "2025-11-18 20:00:00",
                ),
                _c(
                    "l2",
                    "Practice manager, Downham",
                    "We book through them because the rates are fixed and published.",
                    "2025-11-19 10:10:00",
                ),
            ],
        ),
        WPPost(
            "draft-hub-rota",
            "Draft: hub rota for the winter",
            [
                "This draft must never be collected: it is not published.",
            ],
            "2025-11-20 10:00:00",
            status="draft",
        ),
    ]


def public_comments(post: WPPost) -> list[WPComment]:
    return [c for c in post.comments if c.public]


# --------------------------------------------------------------------------- servers


def missing_packages() -> list[str]:
    """What is missing for a real WordPress here (empty when everything is installed)."""
    missing = [name for name, path in BINARIES.items() if not os.access(path, os.X_OK)]
    if not (WORDPRESS / "wp-load.php").exists():
        missing.append("wordpress")
    for theme in (BLOCK_THEME, CLASSIC_THEME):
        if not (THEMES / theme / "style.css").exists():
            missing.append(f"wordpress-theme-{theme}")
    return missing


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(check, what: str, log: Path | None, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise RuntimeError(f"{what} did not start within {timeout:g}s\n{tail}")


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class WordPressSite:
    name: str  # nginx's WORDPRESS_CONFIG, Debian's config-NAME.php
    theme: str
    port: int
    database: str
    folder: Path
    posts: list[WPPost]
    post_ids: dict[str, int] = field(default_factory=dict)
    comment_ids: dict[str, int] = field(default_factory=dict)
    access_log: Path | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def closed_flag(self) -> Path:
        return self.folder / "rest-comments-closed"

    @contextlib.contextmanager
    def rest_comments_closed(self):
        """The REST API's comment routes answer 404 (``rest_no_route``) meanwhile."""
        self.closed_flag.touch()
        try:
            yield self
        finally:
            self.closed_flag.unlink(missing_ok=True)

    def post_url(self, post: WPPost) -> str:
        day = dt.datetime.fromisoformat(post.date_gmt).replace(tzinfo=dt.timezone.utc)
        local = day.astimezone(_LONDON)
        return f"{self.base}/{local:%Y}/{local:%m}/{post.slug}/"

    def requests(self) -> list[tuple[str, int]]:
        """(path with query, status) of every request nginx logged for this site.

        nginx writes a request's log line after the client has its response, so the log is
        read once it has stopped growing (the last request of a crawl is then in it)."""
        out = []
        if self.access_log is None or not self.access_log.exists():
            return out
        text, deadline = self.access_log.read_text(errors="replace"), time.monotonic() + 3
        while time.monotonic() < deadline:
            time.sleep(0.15)
            again = self.access_log.read_text(errors="replace")
            if again == text:
                break
            text = again
        for line in text.splitlines():
            port, _, rest = line.partition(" ")
            if port != str(self.port):
                continue
            status, _, path = rest.partition(" ")
            out.append((path, int(status)))
        return out


try:
    from zoneinfo import ZoneInfo

    _LONDON = ZoneInfo("Europe/London")
except Exception:  # pragma: no cover - tzdata is part of Debian
    _LONDON = dt.timezone.utc


class WordPressServers:
    """MariaDB + PHP-FPM + nginx serving one WordPress site per theme (see the module doc)."""

    def __init__(self, folder: Path, themes: tuple[str, ...] = (BLOCK_THEME, CLASSIC_THEME)):
        self.folder = Path(folder).resolve()
        self.themes = themes
        self.processes: list[subprocess.Popen] = []
        self.sites: dict[str, WordPressSite] = {}
        self.configs: list[Path] = []
        self.tag = f"gpwatch-test-{os.getpid()}-{int(time.time() * 1000) % 10**8}"
        self.socket = self.folder / "mysqld.sock"
        self.fpm_socket = self.folder / "php-fpm.sock"
        self.access_log = self.folder / "access.log"
        self.started_seconds = 0.0

    # -- processes

    def _spawn(self, argv: list[str], log: Path) -> subprocess.Popen:
        handle = open(log, "ab")
        proc = subprocess.Popen(
            argv, stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
        handle.close()
        self.processes.append(proc)
        return proc

    def _check_alive(self, proc: subprocess.Popen, what: str, log: Path) -> bool:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{what} exited with status {proc.returncode}\n{log.read_text(errors='replace')[-2000:]}"
            )
        return True

    def start(self) -> WordPressServers:
        started = time.perf_counter()
        if not os.access(DEBIAN_CONFIGS, os.W_OK):
            raise PermissionError(
                f"{DEBIAN_CONFIGS} is not writable: Debian's wp-config.php reads each site's "
                "settings from there (run the tests as root, as CI does)"
            )
        try:
            self._mariadb()
            self._php_fpm()
            ports = {theme: _free_port() for theme in self.themes}
            for theme in self.themes:
                short = "block" if theme == BLOCK_THEME else "classic"
                site = WordPressSite(
                    name=f"{self.tag}-{short}",
                    theme=theme,
                    port=ports[theme],
                    database=f"wp_{short}",
                    folder=self.folder / short,
                    posts=content(),
                    access_log=self.access_log,
                )
                site.folder.mkdir(parents=True, exist_ok=True)
                self.sites[short] = site
            self._nginx()
            for site in self.sites.values():
                self._install(site)
        except BaseException:
            self.stop()
            raise
        self.started_seconds = time.perf_counter() - started
        return self

    def _mariadb(self) -> None:
        data = self.folder / "mysql"
        log = self.folder / "mariadb.log"
        user = ["--user=root"] if os.geteuid() == 0 else []
        if len(str(self.socket)) > 100 or len(str(self.fpm_socket)) > 100:
            raise RuntimeError(f"{self.folder}: too deep for a unix socket path; use a shorter folder")
        done = subprocess.run(
            [
                BINARIES["mariadb-install-db"],
                "--no-defaults",
                f"--datadir={data}",
                *user,
                "--auth-root-authentication-method=socket",
                "--skip-test-db",
                "--skip-name-resolve",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"mariadb-install-db failed: {done.stderr.strip()[-2000:]}")
        proc = self._spawn(
            [
                BINARIES["mariadbd"],
                "--no-defaults",
                f"--datadir={data}",
                f"--socket={self.socket}",
                "--skip-networking",
                f"--pid-file={self.folder / 'mariadb.pid'}",
                *user,
                f"--log-error={log}",
                "--innodb-buffer-pool-size=32M",
                "--innodb-log-file-size=8M",
                "--innodb-flush-log-at-trx-commit=0",
                "--innodb-doublewrite=0",
                "--skip-log-bin",
                "--performance-schema=0",
                "--character-set-server=utf8mb4",
            ],
            log,
        )
        _wait_for(lambda: self._check_alive(proc, "mariadbd", log) and self.socket.exists(), "mariadbd", log)
        provision = (HERE / "wordpress" / "provision.sql").read_text(encoding="utf-8")
        deadline = time.monotonic() + 30
        while True:
            done = subprocess.run(
                [BINARIES["mariadb"], "--no-defaults", f"--socket={self.socket}", "-uroot", "-e", provision],
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"mariadb: {done.stderr.strip()}")
            time.sleep(0.1)

    def _php_fpm(self) -> None:
        conf = self.folder / "php-fpm.conf"
        log = self.folder / "php-fpm.log"
        conf.write_text(f"""[global]
pid = {self.folder / "php-fpm.pid"}
error_log = {log}
daemonize = no

[gpwatch]
listen = {self.fpm_socket}
listen.mode = 0666
pm = static
pm.max_children = 4
catch_workers_output = yes
php_admin_value[error_log] = {self.folder / "php-errors.log"}
php_admin_flag[log_errors] = on
""")
        root = ["-R"] if os.geteuid() == 0 else []
        proc = self._spawn([BINARIES["php-fpm"], "--nodaemonize", "--fpm-config", str(conf), *root], log)
        _wait_for(lambda: self._check_alive(proc, "php-fpm", log) and self.fpm_socket.exists(), "php-fpm", log)

    def _nginx(self) -> None:
        conf = self.folder / "nginx.conf"
        log = self.folder / "nginx-error.log"
        temp = self.folder / "nginx-temp"
        temp.mkdir(exist_ok=True)
        servers = []
        for site in self.sites.values():
            # the post sitemap is broken: truncated XML where WordPress would answer
            broken = (
                f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9"><url><loc>{site.base}/2025/'
            )
            servers.append(f"""
    server {{
        listen 127.0.0.1:{site.port};
        server_name 127.0.0.1;
        root {WORDPRESS};
        index index.php;
        location = /wp-sitemap-posts-post-1.xml {{
            default_type application/xml;
            return 200 '{broken}';
        }}
        location / {{
            try_files $uri $uri/ /index.php?$args;
        }}
        location ~ \\.php$ {{
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
            # Debian's fastcgi_params pass HTTP_HOST as $host, without the port, and
            # WordPress would redirect every request to its own URL (with the port)
            fastcgi_param HTTP_HOST $host:$server_port;
            fastcgi_param WORDPRESS_CONFIG {site.name};
            fastcgi_pass unix:{self.fpm_socket};
        }}
    }}""")
            config = DEBIAN_CONFIGS / f"config-{site.name}.php"
            config.write_text(f"""<?php
/* gpwatch test site {site.name}: written by benchmarks/wordpress_site.py, removed when the tests end */
define('DB_NAME', '{site.database}');
define('DB_USER', 'gpwatch');
define('DB_PASSWORD', 'gpwatch-test');
define('DB_HOST', 'localhost:{self.socket}');
define('WP_CONTENT_DIR', '{WORDPRESS / "wp-content"}');
define('WP_HOME', '{site.base}');
define('WP_SITEURL', '{site.base}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
if (file_exists('{site.closed_flag}')) {{
    $GLOBALS['wp_filter']['rest_endpoints'][10]['gpwatch_close_comments'] = [
        'accepted_args' => 1,
        'function' => function ($endpoints) {{
            foreach (array_keys($endpoints) as $route) {{
                if (strpos($route, '/wp/v2/comments') === 0) {{
                    unset($endpoints[$route]);
                }}
            }}
            return $endpoints;
        }},
    ];
}}
""")
            self.configs.append(config)
        user = "user root root;\n" if os.geteuid() == 0 else ""
        conf.write_text(f"""{user}worker_processes 2;
pid {self.folder / "nginx.pid"};
error_log {log};
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format gpwatch '$server_port $status $request_uri';
    access_log {self.access_log} gpwatch;
    client_body_temp_path {temp}/body;
    fastcgi_temp_path {temp}/fastcgi;
    proxy_temp_path {temp}/proxy;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{"".join(servers)}
}}
""")
        proc = self._spawn(
            [BINARIES["nginx"], "-e", str(log), "-p", str(self.folder), "-c", str(conf), "-g", "daemon off;"], log
        )
        _wait_for(
            lambda: self._check_alive(proc, "nginx", log) and all(_port_open(s.port) for s in self.sites.values()),
            "nginx",
            log,
        )

    def _install(self, site: WordPressSite) -> None:
        spec = {
            "site_name": SITE_NAME,
            "theme": site.theme,
            "permalinks": PERMALINKS,
            "options": {
                "blogdescription": "News and views from general practice in the Fens",
                "timezone_string": "Europe/London",
                "page_comments": 1,
                "comments_per_page": COMMENTS_PER_PAGE,
                "thread_comments": 1,
                "thread_comments_depth": 5,
                "default_comments_page": "newest",
                "comment_order": "asc",
                "blog_public": 1,
            },
            "posts": [
                {
                    "slug": p.slug,
                    "title": p.title,
                    "content": "\n\n".join(p.paragraphs),
                    "excerpt": p.excerpt,
                    "status": p.status,
                    "date_gmt": p.date_gmt,
                    "comments": [
                        {
                            "key": c.key,
                            "author": c.author,
                            "text": c.text,
                            "date_gmt": c.date_gmt,
                            "parent": c.parent,
                            "approved": c.approved,
                            "url": c.url,
                            "email": c.email,
                        }
                        for c in p.comments
                    ],
                }
                for p in site.posts
            ],
        }
        spec_path = site.folder / "spec.json"
        spec_path.write_text(json.dumps(spec))
        done = subprocess.run(
            [
                BINARIES["php"],
                str(HERE / "wordpress" / "install.php"),
                site.name,
                f"127.0.0.1:{site.port}",
                str(spec_path),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"installing WordPress ({site.theme}) failed: {done.stderr.strip()[-2000:]}"
                f"{done.stdout.strip()[-2000:]}"
            )
        ids = json.loads(done.stdout.strip().splitlines()[-1])
        site.post_ids, site.comment_ids = ids["posts"], ids["comments"]

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.processes):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        self.processes.clear()
        for config in self.configs:
            config.unlink(missing_ok=True)
        self.configs.clear()


@contextlib.contextmanager
def wordpress_servers(folder: Path | None = None):
    """Start the servers in ``folder`` (a new temporary folder when None); stop them after."""
    own = folder is None
    folder = Path(tempfile.mkdtemp(prefix="gpwatch-wp-")) if own else Path(folder)
    servers = WordPressServers(folder)
    try:
        servers.start()
        yield servers
    finally:
        servers.stop()
        if own:
            shutil.rmtree(folder, ignore_errors=True)
