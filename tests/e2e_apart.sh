#!/usr/bin/env bash
# End-to-end tests of names on other lines: a value under a neutral name
# (value, default, data, text, content, <value>) borrows the credential's
# name from a sibling above (`- key: NAME`, `"name": "NAME"`,
# `<name>NAME</name>`), a parent (`NAME:` then `Default:`), or the line
# before that holds the name alone. Decoys: siblings that name no
# credential, references, a parameter without a default, prose, the next
# sibling's value, a boundary between.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk4Tz8Wq2Lm6Xp9Vb3Nc7Hd5Jf1Gy0Qs # 32 random letters and digits
W=Hm3Qx7Lz2Vt9Kb5Wr8Np4Yc6Jd1Fg    # 30 of them
U=3f1c9a2e-7b4d-4e8a-9c6f-2d5b8e1a7c40 # a Postmark server token's form

# Render's envVars: the key's sibling value, past a non-credential pair
mk render.yaml "services:
  - type: web
    envVars:
      - key: LOG_LEVEL
        value: info
      - key: SERVER_TOKEN
        value: $V
"
found render.yaml 7 generic-secret "$V"
# a provider's name sends the pair to its rule
mk k8s/deploy.yaml "env:
  - key: POSTMARK_SERVER_TOKEN
    value: \"$U\"
"
found k8s/deploy.yaml 3 postmark-api-token "$U"
# Postman: other members between the key and its value
mk env.postman_environment.json "{
  \"values\": [
    {
      \"key\": \"apiToken\",
      \"type\": \"secret\",
      \"enabled\": true,
      \"value\": \"$W\"
    }
  ]
}
"
found env.postman_environment.json 7 generic-secret "$W"
# Hadoop: <name>, a description, then <value>
mk core-site.xml "<configuration>
  <property>
    <name>fs.s3a.secret.key</name>
    <description>the bucket reader's secret</description>
    <value>$V</value>
  </property>
</configuration>
"
found core-site.xml 5 generic-secret "$V"
# a JSON object's text under its name; TOML's name/value
mk integrations.json "[
  {
    \"name\": \"WEBHOOK_SECRET\",
    \"text\": \"$W\"
  }
]
"
found integrations.json 4 generic-secret "$W"
mk app.toml "[[env]]
name = \"API_TOKEN\"
value = \"$V\"
"
found app.toml 3 generic-secret "$V"
# Elastic Beanstalk's option_name; SSM's path, its last part the name
mk .ebextensions/env.config "option_settings:
  - namespace: aws:elasticbeanstalk:application:environment
    option_name: LOG_LEVEL
    value: $W
  - namespace: aws:elasticbeanstalk:application:environment
    option_name: STRIPE_WEBHOOK_SECRET
    value: $V
"
found .ebextensions/env.config 7 generic-secret "$V"
mk parameters.json "[
  {
    \"Name\": \"/prod/billing/api_token\",
    \"Type\": \"SecureString\",
    \"Value\": \"$W\"
  }
]
"
found parameters.json 5 generic-secret "$W"
# Terraform: a secret's secret_name, its plaintext_value
mk github.tf "resource \"github_actions_secret\" \"deploy\" {
  repository      = \"shop\"
  secret_name     = \"DEPLOY_TOKEN\"
  plaintext_value = \"$V\"
}
"
found github.tf 4 generic-secret "$V"
# the same in Pulumi's Python: keyword arguments, the call closed after
mk infra/__main__.py "github.ActionsSecret(\"deploy\",
    repository=\"shop\",
    secret_name=\"DEPLOY_TOKEN\",
    plaintext_value=\"$W\")
"
found infra/__main__.py 4 generic-secret "$W"
# a parent's neutral child: the parent names it
mk values.yaml "auth:
  apiSecret:
    type: string
    data: $W
"
found values.yaml 4 generic-secret "$W"
# the name alone, the value alone on the next line
mk secrets.yml "production:
  api_token:
    $V
"
found secrets.yml 3 generic-secret "$V"
mk app.ini "[auth]
api_secret =
    $W
retries = 3
"
found app.ini 3 generic-secret "$W"
mk env.sh "export API_TOKEN=\\
  $V
"
found env.sh 2 generic-secret "$V"

# a heredoc's or triple quotes' one line, then the end mark
mk deploy.sh "API_TOKEN=\$(cat <<'EOF'
$W
EOF
)
"
found deploy.sh 2 generic-secret "$W"
mk settings.py "API_TOKEN = \"\"\"
$V
\"\"\"
"
found settings.py 2 generic-secret "$V"
mk vars.tf "api_token = <<-EOT
  $W
EOT
"
found vars.tf 2 generic-secret "$W"

# decoys: a neutral value under a sibling that names no credential; a
# credential whose value is a reference (valueFrom); no value before the
# next sibling; a boundary between; a parameter without a default
mk decoy/render.yaml "envVars:
  - key: LOG_LEVEL
    value: $V
  - key: API_TOKEN
    sync: false
  - key: BUILD_ID
    value: $W
"
silent decoy/render.yaml
mk decoy/k8s.yaml "env:
  - name: API_TOKEN
    valueFrom:
      secretKeyRef:
        name: api
        key: token
  - name: CACHE_DIGEST
    value: $V
"
silent decoy/k8s.yaml
mk decoy/blank.yaml "- name: API_TOKEN
  description: set at deploy

  value: $V
"
silent decoy/blank.yaml
mk decoy/closed.json "[
  {\"key\": \"api_token\", \"type\": \"secret\"
  },
  {
    \"value\": \"$W\"
  }
]
"
silent decoy/closed.json
mk decoy/far.yaml "- name: API_TOKEN
  a: 1
  b: 2
  c: 3
  d: 4
  value: $V
"
silent decoy/far.yaml
mk decoy/template.yaml "Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  BucketDigest:
    Type: String
    Default: $W
"
silent decoy/template.yaml
# references and placeholders
mk decoy/refs.yaml "- key: STRIPE_SECRET_KEY
  value: \${STRIPE_SECRET_KEY}
- key: SENDGRID_API_KEY
  value: \"{{ sendgrid_api_key }}\"
- key: API_TOKEN
  value: YOUR_API_TOKEN_HERE
"
silent decoy/refs.yaml
# the name alone over prose, code, a command
mk decoy/prose.yml "api_token:
  The token the deploy job uses
  to reach the API.
"
silent decoy/prose.yml
# (two one-word lines below are one token folded over them: e2e_cont36;
# a line of words below the first is no token's piece)
mk decoy/more.yml "api_token:
  $V
  $W and more
"
silent decoy/more.yml
mk decoy/code.py "def check(token):
    if token:
        verify(token)
"
silent decoy/code.py
mk decoy/cmd.sh "export API_TOKEN=\\
  \"\$(vault read -field=token secret/api)\"
"
silent decoy/cmd.sh
# a heredoc over more than one line, or not ended: text
mk decoy/here.sh "API_TOKEN=\$(cat <<EOF
$V
$W
EOF
)
SECRET=\$(cat <<EOF
$V
"
silent decoy/here.sh
# a variable's reference; a variable that names no credential
mk decoy/github.tf "resource \"github_actions_secret\" \"deploy\" {
  secret_name     = \"DEPLOY_TOKEN\"
  plaintext_value = var.deploy_token
}
resource \"github_actions_variable\" \"sha\" {
  variable_name = \"RELEASE_SHA\"
  value         = \"$W\"
}
"
silent decoy/github.tf
# a call's value, more than one value: code
mk decoy/pulumi.py "github.ActionsSecret(\"deploy\",
    secret_name=\"DEPLOY_TOKEN\",
    plaintext_value=config.require_secret(\"deployToken\"))
"
silent decoy/pulumi.py
# the value left of the name: not its sibling
mk decoy/left.yaml "items:
    - name: API_TOKEN
  value: $V
"
silent decoy/left.yaml

finish e2e_apart
