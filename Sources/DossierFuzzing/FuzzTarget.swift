/// The fuzz targets. Each takes arbitrary bytes and stops the process (`preconditionFailure`)
/// when an invariant breaks, so libFuzzer records the input; on good behaviour it returns.
///
/// - `framing`: the JSON-RPC framer and message decoder (what `dossier lsp` reads).
/// - `draft`: analysing the bytes as a Markdown and as a plain-text draft, and the lookups.
/// - `knowledge`: the knowledge-file loader, against the seed documents.
/// - `incremental`: random edits re-checked incrementally equal a fresh check of the same text.
public enum FuzzTarget: String, CaseIterable, Sendable {
  case framing
  case draft
  case knowledge
  case incremental

  /// Runs the target on one input.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .framing: FramingFuzz.run(bytes)
    case .draft: DraftFuzz.run(bytes)
    case .knowledge: KnowledgeFuzz.run(bytes)
    case .incremental: IncrementalFuzz.run(bytes)
    }
  }
}

/// Fails the fuzz run with a message naming the broken invariant.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  // fatalError keeps its message in optimised builds (the fuzzers are built with -O).
  if !condition() { fatalError("fuzz invariant broken: \(message())") }
}
