/// A fast 64-bit fingerprint of bytes (eight at a time, multiply and rotate; not cryptographic):
/// how the index notices that a corpus file's content changed although its size and time did
/// not, and that a section of the index on disk was damaged.
enum ContentHash {
  static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> UInt64 {
    var hash = seed ^ UInt64(bytes.count) &* 0xFF51_AFD7_ED55_8CCD
    var index = 0
    let count = bytes.count
    while index + 8 <= count {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = (hash ^ (word &* 0xC2B2_AE3D_27D4_EB4F)).rotatedLeft(31) &* 0x9E37_79B9_7F4A_7C15
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ (tail &* 0xC2B2_AE3D_27D4_EB4F)).rotatedLeft(31) &* 0x9E37_79B9_7F4A_7C15
    // Final avalanche, so that nearby inputs differ in every bit.
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    return hash
  }

  /// The size of the pieces `chunked` hashes one by one.
  static let chunkSize = 1 << 20

  /// The fingerprint of a large run of bytes, megabyte by megabyte (the fingerprints of the
  /// pieces, fingerprinted): a reader can check it without holding the bytes (`IndexFile`).
  static func chunked(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var pieces: [UInt8] = []
    var start = 0
    while start < bytes.count {
      let end = min(start + chunkSize, bytes.count)
      var piece = of(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
      withUnsafeBytes(of: &piece) { pieces.append(contentsOf: $0) }
      start = end
    }
    return pieces.withUnsafeBytes { of($0) }
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
