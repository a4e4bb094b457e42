// ignore_for_file: constant_identifier_names
const dropboxShortLived = 'sl.u.SX3a2NjzSFv-k4m6fwMpasSM-fn3PjtN9oTJnwJ3Dy-mFmMwICASf4iU0-7t7hH6LOCOyy1WqOuBpSnVJ6CBskoqP-0DJX-_SKXE8qBP3JgKj2oyesPjfpR1FtHPYRybdBLK2XUbUXl6KUSXiYvBf8';
const dropboxAppKey = 'gj7scm9ps130ez8';
const dropboxPlaceholder = 'sl.XXXXXXXX';
const dropboxAccessTokenFromEnv = '${DROPBOX_ACCESS_TOKEN}';
final dropboxClient = DropboxClient(apiKey: 'rV10RnynKQEAAAAAAAAAA9pG70EGjILGG-XjfT4uMKH4Ik7I-AfngD5MmU1fCpUA');
