" Dossier (dossier lsp) for plain-text drafts in ALE.
call ale#Set('dossier_executable', 'dossier')
call dossier#ale#Define('text', 'plaintext')
