// cypress: not secrets
let cypress_project_id = "k9xf8y";
let cypress_record_key_old = "df06ac96-74d6-0123456789abcdefghijkl";
let cypress_record_key_staging = "not-set";
