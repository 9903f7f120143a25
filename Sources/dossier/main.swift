import Dispatch
import DossierCommandLine
import DossierServer
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// A closed pipe (`dossier lint … | head`) ends the output quietly instead of killing us.
signal(SIGPIPE, SIG_IGN)

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "lsp" {
  if arguments.contains("--help") || arguments.contains("-h") {
    print(CommandLineTool.lspUsage)
    exit(0)
  }
  // `--stdio` (which some clients add) is accepted and ignored: stdio is the only transport.
  LanguageServer.runStandardIO()
}
var output = StandardStream.output
var errors = StandardStream.error
let status = CommandLineTool.run(arguments, output: &output, errors: &errors, exitsAfter: true)
exit(status)
