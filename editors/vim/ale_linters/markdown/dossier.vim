" Dossier (dossier lsp) for Markdown drafts in ALE.
call ale#Set('dossier_executable', 'dossier')
call dossier#ale#Define('markdown', 'markdown')
