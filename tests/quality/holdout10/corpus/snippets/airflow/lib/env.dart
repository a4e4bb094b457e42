// ignore_for_file: constant_identifier_names
const airflowFernet = 'AIUoaA20Wzi2lhSGU62yK7L_HZ4RSJ9599kUZv1iNcP=';
const airflowPlaceholder = '{FERNET_KEY}';
const airflowEmptyDefault = 'cryptography_not_found_storing_passwords_in_plain_text';
final airflowClient = AirflowClient(apiKey: 'a2cb957593172d6e0c6a6a111bca553b');
