import DossierCore
import Synchronization

/// Keeps the most recent draft's document and analysis state alive until the process exits.
///
/// Tearing down a large draft's analysis (its tokens, folded text, block scans: tens of
/// thousands of allocations for a 1 MB draft) only delays a `lint` run's exit, and the exit
/// reclaims that memory at once (the same reasoning as a compiler that skips freeing before it
/// exits). Only the latest analysis is kept: keeping the next one frees the one before, so a
/// lint of many drafts holds no more memory than before.
enum LastAnalysis {
  private static let kept = Mutex<(document: DraftDocument, state: AnalysisState)?>(nil)

  static func keep(_ document: DraftDocument, _ state: AnalysisState) {
    var replacement: (document: DraftDocument, state: AnalysisState)? = (document, state)
    kept.withLock { swap(&$0, &replacement) }
    // `replacement` now holds the previous analysis, freed as this returns (outside the lock).
  }
}
