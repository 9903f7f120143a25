// Dossier for VS Code: starts `dossier lsp` for Markdown and plain-text documents.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { execFileSync } = require('child_process');

let client;
let status;

/** The settings the server reads: the same keys as .dossier.json. */
function serverSettings() {
  const config = vscode.workspace.getConfiguration('dossier');
  const settings = {
    corpus: config.get('corpus', []),
    rules: config.get('rules', {}),
    accept: config.get('accept', []),
  };
  const includeEmbedded = config.get('includeEmbeddedCorpus', null);
  if (includeEmbedded !== null) settings.includeEmbeddedCorpus = includeEmbedded;
  return settings;
}

function serverPath() {
  return vscode.workspace.getConfiguration('dossier').get('path', 'dossier');
}

/** True when the executable answers `--version`. */
function serverExists(command) {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function start(context) {
  const command = serverPath();
  if (!serverExists(command)) {
    status.text = '$(warning) Dossier: server not found';
    status.tooltip = `Could not run "${command}". Install dossier or set dossier.path.`;
    status.command = { command: 'workbench.action.openSettings', title: 'Settings', arguments: ['dossier.path'] };
    status.show();
    return;
  }
  status.hide();
  const run = { command, args: ['lsp', '--stdio'], transport: TransportKind.stdio };
  client = new LanguageClient(
    'dossier',
    'Dossier',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'file', language: 'html' },
        { scheme: 'untitled', language: 'markdown' },
      ],
      initializationOptions: serverSettings(),
      synchronize: {
        configurationSection: 'dossier',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{.dossier.json,knowledge.json}'),
      },
    },
  );
  await client.start();
  context.subscriptions.push(client);
}

async function activate(context) {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  context.subscriptions.push(status);
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.restartServer', async () => {
      if (client) {
        await client.stop();
        client = undefined;
      }
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('dossier.path')) {
        await vscode.commands.executeCommand('dossier.restartServer');
      }
    }),
  );
  await start(context);
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate, serverSettings };
