import DossierTestSupport
import Foundation
import Testing

@testable import DossierCommandLine

@Suite struct HeapAndFileTests {
  @Test func regularFileSizeIsTheFileSizeOrZero() throws {
    let folder = TestScratch.path("dossier-size-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("draft.md")
    try Data(repeating: 0x61, count: 12_345).write(to: file)
    #expect(FileDescriptor.regularFileSize(atPath: file.path) == 12_345)
    #expect(FileDescriptor.regularFileSize(atPath: folder.path) == 0)
    #expect(FileDescriptor.regularFileSize(atPath: folder.appendingPathComponent("missing.md").path) == 0)
    #expect(FileDescriptor.regularFileSize(atPath: "/dev/null") == 0)
  }

  @Test func smallInputsLeaveTheHeapAlone() {
    #expect(HeapReservation.prepare(forInputBytes: 0) == 0)
    #expect(HeapReservation.prepare(forInputBytes: HeapReservation.minimumInput - 1) == 0)
  }
}
