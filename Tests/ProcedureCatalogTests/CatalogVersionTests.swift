import TestSupport
import Foundation
import Testing
@testable import ProcedureCatalog

/// The version `kiosk fleet status` and `kiosk validate` show: the same for the same files wherever they lie,
/// another after any edit; its date the newest file's.
@Suite("Catalog version")
struct CatalogVersionTests {
    @Test("the same files in two folders: one version; an edit: another; a touch: the same digest, a later date")
    func version() throws {
        let first = try CatalogFixture()
        let second = try CatalogFixture()
        let original = CatalogVersion(of: first.folder)
        #expect(original.digest.count == 12 && original.digest.allSatisfy(\.isHexDigit))
        #expect(CatalogVersion(of: second.folder).digest == original.digest, "where the folder lies does not count")

        try second.replace("{vi: Giấy khai sinh, en: Birth certificate}",
                           with: "{vi: Bản chính giấy khai sinh, en: Original birth certificate}")
        #expect(CatalogVersion(of: second.folder).digest != original.digest, "an edit is another version")

        let file = "\(first.folder)/\(CatalogFixture.procedureFile)"
        let later = Date().addingTimeInterval(3600)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: file)
        let touched = CatalogVersion(of: first.folder)
        #expect(touched.digest == original.digest, "the same bytes are the same version")
        #expect(touched.date.map { abs($0.timeIntervalSince(later)) < 1 } == true, "dated by its newest file")
    }

    @Test("the tracker reads the files again only after they change")
    func tracker() throws {
        let fixture = try CatalogFixture()
        let tracker = CatalogVersion.Tracker(directory: fixture.folder)
        let before = tracker.current
        #expect(tracker.current == before)
        try fixture.replace("{vi: Giấy khai sinh, en: Birth certificate}",
                            with: "{vi: Bản sao giấy khai sinh, en: Copy of the birth certificate}")
        #expect(tracker.current.digest != before.digest, "a reload's new files show at the next report")
    }
}
