import DossierCore
import Synchronization

/// Keeps the most recent draft's document and analysis state alive until the process exits.
///
/// Tearing down a large draft's analysis (its tokens, folded text, block scans: tens of
/// thousands of allocations for a 1 MB draft) only delays a `lint` run's exit, and the exit
/// reclaims that memory at once (the same reasoning as a compiler that skips freeing before it
/// exits). Only the latest analysis is kept, and it is freed (`forget`) before the next draft
/// is analysed, so a lint of many drafts never holds more than one analysis, as before.
enum LastAnalysis {
  private static let kept = Mutex<(document: DraftDocument, state: AnalysisState)?>(nil)

  static func keep(_ document: DraftDocument, _ state: AnalysisState) {
    var replacement: (document: DraftDocument, state: AnalysisState)? = (document, state)
    kept.withLock { swap(&$0, &replacement) }
    // `replacement` now holds any previous analysis, freed as this returns (outside the lock).
  }

  /// Frees the kept analysis (before the next draft is analysed).
  static func forget() {
    var previous: (document: DraftDocument, state: AnalysisState)? = nil
    kept.withLock { swap(&$0, &previous) }
  }
}
