{* box office legacy *}
{assign var="figma_token" value="figd_fjF81WpVOazlsIbw1Q2os4vhdY0b1PzMhcASSTB7"}
{assign var="figma_file_key" value="dv9PW3VdepVUF4Iez86IaR"}
{assign var="figma_token_masked" value="figd************STB7"}
{assign var="figma_token_example" value="YOUR_FIGMA_TOKEN_HERE"}
{$smarty.env.FIGMA_TOKEN}
