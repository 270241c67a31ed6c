-- The test WordPress sites' databases and their user, run by benchmarks/wordpress_site.py against
-- its own MariaDB (a throw-away server on a unix socket; nothing here touches gpwatch's store).
CREATE DATABASE wp_block CHARACTER SET utf8mb4;
CREATE DATABASE wp_classic CHARACTER SET utf8mb4;
CREATE USER 'gpwatch'@'localhost' IDENTIFIED BY 'gpwatch-test';
GRANT ALL ON wp_block.* TO 'gpwatch'@'localhost';
GRANT ALL ON wp_classic.* TO 'gpwatch'@'localhost';
