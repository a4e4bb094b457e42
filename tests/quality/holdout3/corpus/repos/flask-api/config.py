import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "A2aTKCZA5vGvxpq2P3lP"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "postgresql://api:ZbvzlQQtky3xsv@localhost:5432/api"
    MAIL_SERVER = "smtp.mailgun.org"
    MAIL_USERNAME = "postmaster@mg.acme.example"
    MAIL_PASSWORD = "vzDprsSV0mAxczK.43"
    STRIPE_SECRET_KEY = "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"
    STRIPE_PUBLIC_KEY = "pk_live_517bNatu6mN3MnqxDfgbLyZopEhootIRkpHNfkTXWggXsQ6aqDwjWdzRaczi7qwGl3tQfzcQsOVUqEGBwVlgCFxGFXoHfiF4wqUo"
    OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
    GROQ_API_KEY = "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"
    REDIS_URL = "${REDIS_URL}"


class TestConfig(Config):
    SECRET_KEY = "test-secret-key"
    STRIPE_SECRET_KEY = "sk_test_placeholder"
