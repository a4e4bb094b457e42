import * as vscode from 'vscode';

// telemetry: the instrumentation key is public, the API key is not
const INSTRUMENTATION_KEY = '08373965-058f-4c74-89d0-2fb82a88aa2c';
const AZURE_DEVOPS_PAT = 'jgraiwcbfrhrlx2vuyx5ffanbn6ogwt4hovnvys2dqu3erpp3uy4';

export function activate(ctx: vscode.ExtensionContext) {
  ctx.secrets.store('acme.token', 'tk-us-ANTacBNsUC9Fkoj4zv5gOsWuLerJo8AOp1_VUa__9Lm8_t7w');
}
