import DossierCommandLine
import Foundation

// A closed pipe (`dossier lint … | head`) ends the output quietly instead of killing us.
signal(SIGPIPE, SIG_IGN)

var output = StandardStream.output
var errors = StandardStream.error
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
exit(status)
