import DossierCore
import FoundationEssentials

/// `dossier corpus show` and `dossier corpus init`: seeing what Dossier derives from a corpus, and
/// turning it into a knowledge file to curate.
enum CorpusCommands {
  static func show(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream)
    -> Int32
  {
    var folders: [String] = []
    var filter: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--filter" || argument.hasPrefix("--filter=") {
        if let equals = argument.firstIndex(of: "=") {
          filter = String(argument[argument.index(after: equals)...])
        } else if index + 1 < arguments.count {
          index += 1
          filter = arguments[index]
        } else {
          errors.write("dossier: error: --filter needs a value\n")
          return 2
        }
      } else if argument.hasPrefix("-") {
        errors.write("dossier: error: unknown option '\(argument)' (see 'dossier corpus --help')\n")
        return 2
      } else {
        folders.append(argument)
      }
      index += 1
    }
    let corpus: Corpus
    do {
      corpus = folders.isEmpty ? .embedded : try Corpus.load(folders: folders, includeEmbedded: false)
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }
    for note in corpus.notes { errors.write("dossier: note: \(note)\n") }
    let items = corpus.derivedItems(matching: filter)
    var document: String?
    var names: [DerivedItem] = []
    for item in items {
      guard let evidence = item.evidence else {
        names.append(item)
        continue
      }
      if evidence.document != document {
        document = evidence.document
        output.write("\(evidence.path)\n")
      }
      var line = "  \(pad(item.kind.rawValue, 10))\(pad(String(evidence.line), 6))\(item.text)"
      if item.kind == .claim {
        line += " (\(item.detail)): \"\(window(of: evidence.quote, around: item.text))\""
      } else if !item.detail.isEmpty {
        line += " (\(item.detail))"
      }
      if item.isCurated { line += " [knowledge file]" }
      output.write(line + "\n")
    }
    if !names.isEmpty {
      output.write("names (the whole corpus)\n")
      for item in names.sorted(by: { $0.text < $1.text }) { output.write("  \(item.text) (\(item.detail))\n") }
    }
    if items.isEmpty { errors.write("nothing\(filter.map { " mentions \"\($0)\"" } ?? " derived")\n") }
    return 0
  }

  static func initialize(
    _ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> Int32 {
    guard arguments.count == 1, let folder = arguments.first, !folder.hasPrefix("-") else {
      errors.write("dossier: error: corpus init takes one corpus folder (see 'dossier corpus --help')\n")
      return 2
    }
    let path = PathName.appending("knowledge.json", to: folder)
    if FileManager.default.fileExists(atPath: path) {
      errors.write("dossier: error: \(path): a knowledge file is already there; it is left as it is\n")
      return 2
    }
    let corpus: Corpus
    do {
      corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }
    let documents = corpus.documents.filter { $0.folder == folder }
    let scaffold = KnowledgeScaffold.build(for: corpus, folder: folder)
    let json = scaffold.json
    // Checked as loading will check it, before anything is written.
    do {
      try Corpus.checkKnowledgeFile(Array(json.utf8), path: path, documents: documents)
    } catch {
      errors.write("dossier: error: the scaffold does not load (\(error)); nothing written\n")
      return 2
    }
    do {
      // Created, never replaced: a file that appeared meanwhile stays as it is.
      try FixWriter.create(Array(json.utf8), at: path)
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }
    output.write(
      "wrote \(path): \(scaffold.terms) terms, \(scaffold.acronyms) acronyms, \(scaffold.references) references to curate\n"
    )
    return 0
  }

  /// About `width` characters of `quote` on one line, around the first `value` in it, with "…"
  /// where cut.
  static func window(of quote: String, around value: String, width: Int = 100) -> String {
    let line = quote.singleSpaced
    guard line.count > width, let found = line.firstRange(of: value) else { return Corpus.shorten(line, limit: width) }
    let before = line.distance(from: line.startIndex, to: found.lowerBound)
    let start = line.index(line.startIndex, offsetBy: max(0, min(before - width / 3, line.count - width)))
    let end = line.index(start, offsetBy: min(width, line.distance(from: start, to: line.endIndex)))
    return (start > line.startIndex ? "…" : "") + line[start..<end] + (end < line.endIndex ? "…" : "")
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
