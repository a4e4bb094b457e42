from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "postgresql+asyncpg://ledger:ledger@localhost/ledger"
    openai_api_key: str = (
        # fallback for local runs; prod reads the env
        "sk-proj-GzSBDOW47B-Rd4nsyF9EoxsHXjb9hVzaYleds3fUC2zOR57iSrB2NJSOJvTpKgwisCzHlShzD1Hz5WAsZEhdJsM1_2pCh6nW4y-LHOvocm8v3iOuTay0BeH15vlDT3BlbkFJIEipBcBnujPgKEVNBCsrX1RwCvooyET1yyK8KINFVrwE"
    )
    anthropic_key: str = ""
    plaid_secret: str = "3005b36b7d573341d826d0d9c462f5"
    plaid_client_id: str = "eedcf1eafccd5cc58e738a93"


settings = Settings()
