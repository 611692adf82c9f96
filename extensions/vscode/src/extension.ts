/**
 * The Plainspeak extension: a thin client. The bundled language server does the checking, the
 * quick fixes and the hovers; this file starts it, shows the reading age in the status bar and
 * wires three commands to the server.
 */
import * as vscode from 'vscode'
import {ExecuteCommandRequest, LanguageClient, TransportKind} from 'vscode-languageclient/node'
import {languageIds, serverCommands, statsNotification, type CheckWorkspaceResult, type GlossaryResult, type StatsParams} from '@plainspeak/language-server/protocol'
import {statisticsHtml, statusText, statusTooltip, workspaceSummary} from './statistics.js'

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js')
  client = new LanguageClient(
    'plainspeak',
    'Plainspeak',
    // Over stdio the server writes each check's prebuilt JSON as it is (over IPC it would parse
    // and serialise it again on its main thread).
    {run: {module, transport: TransportKind.stdio}, debug: {module, transport: TransportKind.stdio}},
    {documentSelector: languageIds.flatMap((language) => [{scheme: 'file', language}, {scheme: 'untitled', language}])}
  )
  const latest = new Map<string, StatsParams>()
  const status = vscode.window.createStatusBarItem('plainspeak.status', vscode.StatusBarAlignment.Right, 100)
  status.name = 'Plainspeak'
  status.command = 'plainspeak.showStatistics'
  let panel: vscode.WebviewPanel | undefined

  const active = () => {
    const document = vscode.window.activeTextEditor?.document
    return document && (languageIds as readonly string[]).includes(document.languageId) ? document : undefined
  }
  const refresh = () => {
    const document = active()
    const stats = document && latest.get(document.uri.toString())
    if (!document || !stats?.stats) return status.hide()
    status.text = statusText(stats)
    status.tooltip = statusTooltip(stats)
    status.show()
    if (panel?.visible) panel.webview.html = statisticsHtml(stats, vscode.workspace.asRelativePath(document.uri))
  }
  const runOnServer = <T>(command: string, argument?: unknown) =>
    client!.sendRequest(ExecuteCommandRequest.type, {command, arguments: argument === undefined ? [] : [argument]}) as Promise<T | null>

  context.subscriptions.push(
    client,
    status,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    client.onNotification(statsNotification, (params) => {
      latest.set(params.uri, params)
      refresh()
    }),
    vscode.workspace.onDidCloseTextDocument((document) => latest.delete(document.uri.toString())),

    vscode.commands.registerCommand('plainspeak.showStatistics', () => {
      const document = active()
      const stats = document && latest.get(document.uri.toString())
      if (!document || !stats?.stats) return vscode.window.showInformationMessage('Plainspeak: open a Markdown, text or HTML document to see its statistics.')
      if (!panel) {
        panel = vscode.window.createWebviewPanel('plainspeak.statistics', 'Plainspeak statistics', {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true}, {enableScripts: false})
        panel.onDidDispose(() => (panel = undefined))
      }
      panel.webview.html = statisticsHtml(stats, vscode.workspace.asRelativePath(document.uri))
      panel.reveal(vscode.ViewColumn.Beside, true)
    }),

    vscode.commands.registerCommand('plainspeak.checkWorkspace', async () => {
      const result = await vscode.window.withProgress({location: vscode.ProgressLocation.Notification, title: 'Plainspeak: checking the workspace…'}, () =>
        runOnServer<CheckWorkspaceResult>(serverCommands.checkWorkspace)
      )
      if (result && !result.stopped) void vscode.window.showInformationMessage(workspaceSummary(result))
    }),

    vscode.commands.registerCommand('plainspeak.insertGlossary', async () => {
      const editor = vscode.window.activeTextEditor
      if (!editor || !active()) return
      const glossary = await runOnServer<GlossaryResult>(serverCommands.glossary, {uri: editor.document.uri.toString()})
      if (!glossary?.text) return vscode.window.showInformationMessage('Plainspeak: this document has no acronyms with a known meaning.')
      await editor.edit((edit) => edit.insert(editor.selection.active, glossary.text))
    })
  )
  await client.start()
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop()
}
