import FoundationEssentials

/// A fast 64-bit fingerprint of bytes (eight at a time, multiply and rotate; not cryptographic):
/// how the index notices that a corpus file's content changed although its size and time did
/// not, and that a section of the index on disk was damaged.
enum ContentHash {
  static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> UInt64 {
    let count = bytes.count
    var hash = seed ^ UInt64(count) &* 0xFF51_AFD7_ED55_8CCD
    var index = 0
    // Four independent lanes of eight bytes: the multiplications overlap, so verifying a large
    // index costs little more than reading it.
    if count >= 32 {
      var lanes: (UInt64, UInt64, UInt64, UInt64) = (hash, hash ^ 0x1, hash ^ 0x2, hash ^ 0x3)
      while index + 32 <= count {
        lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
        lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
        lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
        index += 32
      }
      hash = mix(mix(mix(mix(hash, lanes.0), lanes.1), lanes.2), lanes.3)
    }
    while index + 8 <= count {
      hash = mix(hash, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = mix(hash, tail)
    // Final avalanche, so that nearby inputs differ in every bit.
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    return hash
  }

  @inline(__always) private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    (hash ^ (word &* 0xC2B2_AE3D_27D4_EB4F)).rotatedLeft(31) &* 0x9E37_79B9_7F4A_7C15
  }

  /// The size of the pieces `chunked` hashes one by one.
  static let chunkSize = 1 << 22

  /// The fingerprint of a large run of bytes, four megabytes at a time (the fingerprints of the
  /// pieces, fingerprinted): a reader can check it without holding the bytes (`IndexFile`).
  static func chunked(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var pieces = Pieces()
    var start = 0
    while start < bytes.count {
      let end = min(start + chunkSize, bytes.count)
      pieces.add(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
      start = end
    }
    return pieces.value
  }

  /// `chunked` taken piece by piece, for bytes that are never held whole (a section being written,
  /// or read from a file): each piece is `chunkSize` bytes, but the last.
  struct Pieces {
    private var fingerprints: [UInt8] = []

    mutating func add(_ piece: UnsafeRawBufferPointer) {
      var fingerprint = ContentHash.of(piece)
      withUnsafeBytes(of: &fingerprint) { fingerprints.append(contentsOf: $0) }
    }

    var value: UInt64 { fingerprints.withUnsafeBytes { ContentHash.of($0) } }
  }

  /// The fingerprint of the file at `path`, or nil when it cannot be read.
  static func ofFile(atPath path: String) -> UInt64? {
    FileManager.default.contents(atPath: path).map { data in data.withUnsafeBytes { of($0) } }
  }

  static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { of($0) }
  }

  static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { of($0) }
  }
}

extension UInt64 {
  fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
