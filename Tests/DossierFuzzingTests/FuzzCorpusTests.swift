import DossierFuzzing
import Foundation
import Testing

/// Every input kept in `Fuzz/corpus/<target>/` (seeds, and every crash the fuzzers found, which
/// stays there as a regression input) runs through its target on every `swift test`.
@Suite struct FuzzCorpusTests {
  static let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

  static func inputs(_ target: FuzzTarget) -> [URL] {
    let folder = corpusRoot.appendingPathComponent(target.rawValue)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTarget.allCases)
  func keptInputsPass(_ target: FuzzTarget) throws {
    let inputs = Self.inputs(target)
    #expect(!inputs.isEmpty, "Fuzz/corpus/\(target.rawValue) has no inputs")
    for input in inputs { target.run(Array(try Data(contentsOf: input))) }
  }

  /// A few hundred deterministic pseudo-random inputs per target, mutated from the kept ones:
  /// a cheap stand-in for the fuzzer on every test run.
  @Test(arguments: FuzzTarget.allCases)
  func mutatedInputsPass(_ target: FuzzTarget) throws {
    let seeds = try Self.inputs(target).map { Array(try Data(contentsOf: $0)) }
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, bound)))
    }
    let rounds = target == .incremental ? 40 : 200
    for _ in 0..<rounds {
      var bytes = seeds.isEmpty ? [] : seeds[next(seeds.count)]
      for _ in 0..<(1 + next(8)) {
        let position = next(bytes.count + 1)
        switch next(4) {
        case 0 where !bytes.isEmpty: bytes.remove(at: min(position, bytes.count - 1))
        case 1: bytes.insert(UInt8(next(256)), at: position)
        case 2 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] = UInt8(next(256))
        default:
          let other = seeds.isEmpty ? [] : seeds[next(seeds.count)]
          let start = next(other.count + 1)
          bytes.insert(contentsOf: other[start..<min(other.count, start + next(64))], at: position)
        }
      }
      target.run(bytes)
    }
  }
}
