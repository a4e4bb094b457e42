#!/usr/bin/env bash
# End-to-end tests of whole syntaxes whose name and value the rules do not
# read together: LaTeX macro definitions (escapes dropped), reStructuredText
# field lists, IPython's %env magics in a notebook, TypeScript decorators
# and providers, GitLab CI's `value:` under a variable, an Earthfile's
# blank-separated ENV, a Markdown table's row with a description; a Fly.io
# token whose second macaroon is short. Each with its decoys.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk4Tz8Wq2Lm6Xp9Vb3Nc7Hd5Jf1Gy0Qs # 32 random letters and digits
W=Hm3Qx7Lz2Vt9Kb5Wr8Np4Yc6Jd1Fg    # 30 of them

# LaTeX: \newcommand, \def, \providecommand with a star, a wrapping \texttt
mk tex/a.tex "\\documentclass{article}
\\newcommand{\\apitoken}{$V}
"
found tex/a.tex 2 generic-secret "$V"
mk tex/b.sty "\\def\\deploytoken{$V}
"
found tex/b.sty 1 generic-secret "$V"
mk tex/c.tex "\\providecommand*{\\clientSecret}[0]{\\texttt{$W}}
"
found tex/c.tex 1 generic-secret "$W"
# LaTeX's escaped underscore: the secret is reported without its escape
mk tex/d.tex "\\renewcommand{\\secretkey}{Rk4Tz8Wq2L\\_m6Xp9Vb3Nc7Hd5Jf}
"
"$KEYHOUND" scan "$T/tex/d.tex" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "tex/d.tex: the value unescaped" jq -e \
	'length == 1 and .[0].secret == "Rk4Tz8Wq2L_m6Xp9Vb3Nc7Hd5Jf" and .[0].line == 1' "$T/out"
# \verb's body is verbatim: as written
mk tex/e.tex "\\newcommand{\\apitoken}{\\verb|$V|}
"
found tex/e.tex 1 generic-secret "$V"
mk tex/decoy.tex "\\newcommand{\\apikey}{YOUR\\_API\\_KEY\\_HERE}
\\newcommand{\\secretkey}[1]{\\texttt{#1}}
\\def\\password{\\emph{password}}
\\newcommand{\\tokenurl}{\\url{https://example.com/docs/auth}}
\\apitoken and \\secretkey{} in the text
"
silent tex/decoy.tex

# reStructuredText: a field, a field of words, its body on the next line
mk rst/a.rst "Setup
=====

:Secret Key: $V
"
found rst/a.rst 4 generic-secret "$V"
mk rst/b.rst ":auth_token:
    $W
"
found rst/b.rst 2 generic-secret "$W"
mk rst/decoy.rst ":param api_key: The API key used for the request
:type api_key: str
:api_key: <your api key>
:token: \`\`\$API_TOKEN\`\`
:Secret Key: see the settings page
"
silent rst/decoy.rst

# a notebook's %env magic, its value ending at the escaped newline
mk nb/a.ipynb "{\"cells\": [{\"cell_type\": \"code\", \"source\": [
    \"%env AUTH_TOKEN=$V\\n\",
    \"%set_env SERVICE_SECRET $W\\n\"
]}]}
"
found nb/a.ipynb 2 generic-secret "$V"
found nb/a.ipynb 3 generic-secret "$W"
mk nb/decoy.ipynb "{\"cells\": [{\"cell_type\": \"code\", \"source\": [
    \"%env API_KEY=\$MY_API_KEY\\n\",
    \"%env SECRET_TOKEN=<your-token>\\n\",
    \"%env AUTH_TOKEN\\n\"
]}]}
"
silent nb/decoy.ipynb

# a notebook's %%writefile .env cell and a shell escape's export
mk nb/b.ipynb "{\"cells\": [{\"cell_type\": \"code\", \"source\": [
    \"%%writefile .env\\n\",
    \"SERVICE_TOKEN=$V\\n\",
    \"!export DEPLOY_SECRET=$W\\n\"
]}]}
"
found nb/b.ipynb 3 generic-secret "$V"
found nb/b.ipynb 4 generic-secret "$W"
mk nb/code.ipynb "{\"cells\": [{\"cell_type\": \"code\", \"source\": [
    \"API_KEY=\$MY_API_KEY\\n\",
    \"TOKEN=os.environ['TOKEN']\\n\",
    \"API_KEY=getpass.getpass()\\n\",
    \"export AUTH_TOKEN=\${AUTH_TOKEN}\\n\",
    \"!export API_TOKEN=\$(cat token.txt)\\n\"
]}]}
"
silent nb/code.ipynb

# TypeScript: a decorator's default, its string before the field, a provider
mk ts/a.ts "export class Config {
  @Env({ default: '$V' }) apiToken: string;
  @IsString() @Value(\"$W\") private readonly secretKey: string;
}
"
found ts/a.ts 2 generic-secret "$V"
found ts/a.ts 3 generic-secret "$W"
mk ts/b.ts "export class C {
  @Env('API_SECRET', { default: '$V' }) secret: string;
}
"
found ts/b.ts 2 generic-secret "$V"
mk ts/c.module.ts "providers: [{ provide: 'AUTH_TOKEN', useValue: '$V' }],
"
found ts/c.module.ts 1 generic-secret "$V"
mk ts/decoy.ts "export class S {
  @Value('\${app.apiKey}') apiKey: string;
  @Inject('STRIPE_SECRET_KEY') private readonly secretKey: string;
  @Value('app.security.secret-key') signingSecret: string;
  @Column({ type: 'varchar', default: 'none' }) passwordHash: string;
}
export const P = { provide: 'API_KEY', useValue: process.env.API_KEY };
export const Q = { provide: API_TOKEN, useValue: 'api-token-name' };
"
silent ts/decoy.ts

# a decorator on its own line, the field it decorates below
mk ts/d.service.ts "export class SearchService {
  @Env({ default: '$V' })
  apiToken: string;

  @Value('app.search.api-key')
  apiKey: string;
}
"
found ts/d.service.ts 2 generic-secret "$V"

# CRLF line ends: a field's body and a decorator's field on the next line
printf ':auth_token:\r\n    %s\r\n' "$W" >"$T/crlf.rst"
found crlf.rst 2 generic-secret "$W"
printf "  @Env({ default: '%s' })\r\n  apiToken: string;\r\n" "$V" >"$T/crlf.ts"
found crlf.ts 1 generic-secret "$V"

# GitLab CI: a variable's value: below its name
mk ci/.gitlab-ci.yml "variables:
  DEPLOY_TOKEN:
    value: \"$V\"
    description: the deploy bot's token
"
found ci/.gitlab-ci.yml 3 generic-secret "$V"
mk ci2/.gitlab-ci.yml "variables:
  API_TOKEN:
    value: \$CI_JOB_TOKEN
  SECRET_KEY:
    value: \"{{ .Values.secretKey }}\"
  DEPLOY_PASSWORD:
    value: \"\"
    options: [\"a\", \"b\"]
  OTHER:
    value: \"$V\"
"
silent ci2/.gitlab-ci.yml

# a YAML flow mapping's bare values (a workflow step's env)
mk flow/ci.yml "steps:
  - run: ./deploy.sh
    env: { REGION: eu-west-1, DEPLOY_TOKEN: $V }
"
found flow/ci.yml 3 generic-secret "$V"
mk flow2/ci.yml "steps:
  - env: { API_TOKEN: \${{ secrets.API_TOKEN }}, SECRET_KEY: \"{{ .Values.k }}\", DB_PASSWORD: \$DB_PASSWORD }
"
silent flow2/ci.yml

# an Earthfile: ENV with a blank before its value
mk earth/Earthfile "build:
    FROM alpine
    ENV SERVICE_TOKEN $V
"
found earth/Earthfile 3 generic-secret "$V"
mk earth2/Earthfile "build:
    ARG API_KEY
    ENV AUTH_TOKEN=\$AUTH_TOKEN
    ENV DB_PASSWORD \${DB_PASSWORD}
"
silent earth2/Earthfile

# a Markdown table's row: name, description, value
mk md/VARS.md "| Variable | Description | Value |
|---|---|---|
| API_TOKEN | the deploy bot's token | $V |
"
found md/VARS.md 3 generic-secret "$V"
mk md/DECOY.md "| Variable | Description | Default |
|---|---|---|
| API_TOKEN | The token used to call the API | none |
| SECRET_KEY | Signing key | \`changeme\` |
| DB_PASSWORD | Database password | \`\${DB_PASSWORD}\` |
"
silent md/DECOY.md

# Kustomize: each literal of a generator named for a provider, the second too
mk kust/kustomization.yaml "secretGenerator:
- name: gotify-credentials
  type: Opaque
  literals:
  - app-token=AqczL180lkc2tNT
  - client-token=CqczL180lkc2tNU
"
found kust/kustomization.yaml 6 gotify-token CqczL180lkc2tNU
mk kust2/kustomization.yaml "secretGenerator:
- name: gotify
  literals:
  - app-token=\$(GOTIFY_APP_TOKEN)
  - client-token=changeme
"
silent kust2/kustomization.yaml

# a Markdown table whose header names the column: each row's cell below
mk md/ACCOUNTS.md "| Service | Username | Password |
|---|---|---|
| admin | root | $W |

| Bot | API Token | Token type |
|:--|:--:|--:|
| deploy | \`$V\` | bearer |
"
found md/ACCOUNTS.md 3 generic-secret "$W"
found md/ACCOUNTS.md 7 generic-secret "$V"
mk md/KEYS.md "| Key | Value |
|-----|-------|
| cache_dir | /var/cache/acme2 |

| Name | Token | Token type |
|---|---|---|
| deploy | \`<your-token>\` | bearer |
| ci | \${CI_TOKEN} | bearer |
| bot | ******** | bearer |

| Keyboard | Action |
|---|---|
| Alt+F4x9 | quit |
"
silent md/KEYS.md

# Fly.io: a token of two macaroons, the second short, is one secret
F1=fm2_q5rb0j+IFWlvaSokb9+64DQb1buCpIFb/0STsSVkeprFul6EEwOHhI2+Sb+0/iUkgf7oLP/7ydX/5LsGMPxuG7PDBPXboe2zBxCKDZrCkZQNSN4yOuIQOq5JkUw81IfENFcjUvSnFq17efdhCl8tE584uqjZcd9G
F2=fm2_BhsLYp+FHfndVfnO1DXlPwwZ8Ol83XHi6VoJ
mk fly/.zshenv "export FLY_API_TOKEN=\"FlyV1 $F1,$F2\"
"
found fly/.zshenv 1 flyio-macaroon-token "FlyV1 $F1,$F2"

finish e2e_syntaxes
