# elvish rc
set-env DEEPL_AUTH_KEY 'c09fcd7c-7057-4af6-91ac-fd7b5b7afafa:fx'
set-env DEEPL_GLOSSARY_ID '5383d8ee-45ae-4f31-9870-bd5608e17306'
set-env DEEPL_AUTH_KEY_TRUNCATED 'c09fcd7c-7...'
set-env DEEPL_AUTH_KEY_EXAMPLE 'sample'
echo $E:DEEPL_AUTH_KEY
