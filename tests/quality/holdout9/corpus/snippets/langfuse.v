module main

import os

const langfuse_secret_key = 'sk-lf-dbb95acc-ebdd-4e54-9909-53c1c7263ba6'
os.setenv('LANGFUSE_SECRET_KEY', 'sk-lf-6a05bf1b-86e8-49b7-906d-2309ba4fc8ef', true)
langfuse_public_key := 'pk-lf-94dd6441-8a44-438b-8cb3-c6615e497b29'
langfuse_host := 'https://cloud.langfuse.com'
langfuse_token := os.getenv('LANGFUSE_TOKEN')
