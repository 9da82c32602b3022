import TestSupport
import Foundation
import KioskConfiguration
import Testing
@testable import KioskOperations

/// The record of wrong staff PINs on disk: what survives a restart, what an operator clears.
@Suite struct StaffExitFileTests {
    let policy = StaffExitPolicy()
    let start = Date(timeIntervalSince1970: 1_800_000_000.25)

    func temporaryFile() throws -> StaffExitFile {
        let folder = TestScratch.root + "kiosk-staff-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return StaffExitFile(path: folder + "/staff-exit.json")
    }

    @Test func noFileIsNoWrongPIN() throws {
        let file = try temporaryFile()
        #expect(try file.read().isEmpty)
        #expect(try file.clear()?.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: file.path), "clearing nothing writes nothing")
    }

    @Test func wrongPINsAreKeptExactlyAndReadByAnotherInstance() throws {
        let file = try temporaryFile()
        for second in 0 ..< 3 { _ = try file.recordFailure(at: start + Double(second), policy: policy) }
        let again = StaffExitFile(path: file.path)
        let read = try again.read()
        #expect(read == policy.failing(policy.failing(policy.failing(StaffPINFailures(), at: start), at: start + 1), at: start + 2))
        #expect(policy.verdict(read, at: start + 3) == .paused(until: start + 62))
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.contains("\"wrong_pins\""), "\(text)")
    }

    @Test func clearReturnsWhatWasThere() throws {
        let file = try temporaryFile()
        _ = try file.recordFailure(at: start, policy: policy)
        #expect(try file.clear()?.times == [start])
        #expect(try file.read().isEmpty)
    }

    @Test func aDamagedFileIsRefusedUntilCleared() throws {
        let file = try temporaryFile()
        try "{\"wrong_pins\": [\"yesterday\"]}".write(toFile: file.path, atomically: true, encoding: .utf8)
        #expect(throws: StaffExitFileError.self) { try file.read() }
        #expect(throws: StaffExitFileError.self) { try file.recordFailure(at: start, policy: policy) }
        #expect(try String(contentsOfFile: file.path, encoding: .utf8).contains("yesterday"), "left as found")
        #expect(try file.clear() == nil, "a damaged record is told apart from an empty one")
        #expect(try file.read().isEmpty)
    }

    /// Every write leaves a whole record, so an empty file is damage (a full disk before this change truncated
    /// the record and then failed, and an empty file counted as no wrong PIN).
    @Test func anEmptyFileIsDamagedNotNoWrongPIN() throws {
        let file = try temporaryFile()
        FileManager.default.createFile(atPath: file.path, contents: Data())
        #expect(throws: StaffExitFileError.self) { try file.read() }
        #expect(throws: StaffExitFileError.self) { try file.rewrite() }
        #expect(try file.clear() == nil)
        #expect(try file.read().isEmpty)
    }

    /// On a real full disk the record cannot change, but what it held stays whole, and `rewrite` (the kiosk's
    /// check before the PIN screen) says the record cannot be written.
    @Test func aFullDiskKeepsTheRecordWhole() throws {
        let disk = try SmallDisk()
        let file = StaffExitFile(path: disk.path + "/staff-exit.json")
        for second in 0 ..< 2 { _ = try file.recordFailure(at: start + Double(second), policy: policy) }
        let before = try file.read()
        disk.fill()
        #expect(throws: StaffExitFileError.self) { try file.recordFailure(at: start + 5, policy: policy) }
        #expect(throws: StaffExitFileError.self) { try file.rewrite() }
        #expect(try file.read() == before, "the record on disk is the one before, whole")
        #expect(file.writeProblem() != nil)
        disk.free()
        #expect(file.writeProblem() == nil)
        #expect(try file.recordFailure(at: start + 6, policy: policy).times.count == 3)
    }

    /// A read-only disk (root included): the record reads, but cannot be rewritten, and doctor's question says
    /// why without writing.
    @Test func aReadOnlyDiskIsAnUnwritableRecord() throws {
        let disk = try SmallDisk()
        let file = StaffExitFile(path: disk.path + "/staff-exit.json")
        _ = try file.recordFailure(at: start, policy: policy)
        try disk.remount(writable: false)
        defer { try? disk.remount(writable: true) }
        #expect(try file.read().times == [start])
        #expect(throws: StaffExitFileError.self) { try file.rewrite() }
        #expect(file.writeProblem()?.contains("Read-only") == true, "\(file.writeProblem() ?? "")")
    }

    @Test func concurrentWritersLoseNoWrongPIN() async throws {
        let file = try temporaryFile()
        let policy = StaffExitPolicy()
        let start = start
        await withTaskGroup(of: Void.self) { group in
            for writer in 0 ..< 8 {
                group.addTask {
                    let mine = StaffExitFile(path: file.path)
                    _ = try? mine.recordFailure(at: start + Double(writer) / 100, policy: policy)
                }
            }
        }
        #expect(try file.read().times.count == 8)
    }
}
