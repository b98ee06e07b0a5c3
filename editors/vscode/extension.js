// Starts `trustlint lsp` for Rust and Swift files. Diagnostics, hovers and quick
// fixes all come from the server; this file only launches it.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate() {
  const command = vscode.workspace.getConfiguration('trustlint').get('path', 'trustlint');
  const serverOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'rust' },
      { scheme: 'file', language: 'swift' },
    ],
    // The server re-reads its settings when a trustlint.toml changes on disk.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/trustlint.toml') },
  };
  client = new LanguageClient('trustlint', 'trustlint', serverOptions, clientOptions);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
