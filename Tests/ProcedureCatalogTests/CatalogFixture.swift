import TestSupport
import Foundation
@testable import ProcedureCatalog

/// A small valid catalog in a fresh temporary folder, which a test breaks in one place.
struct CatalogFixture {
    let folder: String

    static let code = "1.001193.000.00.00.H08"
    static let procedureFile = "procedures/ho-tich/1.001193.yaml"

    static let files: [String: String] = [
        "catalog.yaml": """
            publisher: {vi: Tỉnh Thử, en: Test Province}
            levels:
              - {id: province, name: {vi: Cấp tỉnh, en: Province level}}
              - {id: commune, name: {vi: Cấp xã, en: Commune level}}

            """,
        "fields.yaml": """
            fields:
              - code: HT
                name: {vi: Hộ tịch, en: Civil status}

            """,
        "agencies.yaml": """
            agencies:
              - id: UBND-XA
                name: {vi: Ủy ban nhân dân xã, en: Commune people's committee}
                level: commune
                counter: {vi: Quầy 1, en: Counter 1}
              - id: STP
                identifier: 000.00.13.H08
                name: {vi: Sở Tư pháp, en: Department of Justice}
                level: province

            """,
        procedureFile: """
            code: 1.001193.000.00.00.H08
            name:
              vi: Đăng ký khai sinh
              en: Birth registration
            levels: [commune]
            field: HT
            agency: UBND-XA
            popularity: 90
            online: {level: full, url: https://dichvucong.gov.vn}
            channels:
              - kind: in_person
                time: {unit: same_day}
                fees: []
              - kind: online
                time: {value: 1, unit: working_days}
                fees:
                  - amount: 8000
                    purpose: {vi: Phí cấp bản sao, en: Copy fee}
            steps:
              - {vi: Nộp hồ sơ., en: Hand in the file.}
            documents:
              - variant: {vi: Mọi trường hợp, en: All cases}
                items:
                  - name: {vi: Tờ khai, en: Form}
                    originals: 1
            applicants: {vi: Cha mẹ., en: Parents.}
            results:
              - {vi: Giấy khai sinh, en: Birth certificate}
            legal_basis:
              - number: 60/2014/QH13
                title: {vi: Luật Hộ tịch, en: Law on Civil Status}
                issuer: {vi: Quốc hội, en: National Assembly}
                date: 2014-11-20
            keywords:
              - {vi: giấy khai sinh, en: birth certificate}

            """,
    ]

    init() throws {
        folder = TestScratch.root + "catalog-fixture-" + UUID().uuidString
        for (path, text) in Self.files {
            try write(text, to: path)
        }
    }

    func write(_ text: String, to path: String) throws {
        let full = "\(folder)/\(path)"
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    /// Replaces `old` with `new` in one file; the test fails loudly if `old` is not there.
    func replace(_ old: String, with new: String, in path: String = procedureFile) throws {
        let full = "\(folder)/\(path)"
        let text = try String(contentsOfFile: full, encoding: .utf8)
        guard text.contains(old) else { throw FixtureError.notFound(old) }
        try text.replacingOccurrences(of: old, with: new).write(toFile: full, atomically: true, encoding: .utf8)
    }

    func load() throws(CatalogProblems) -> Catalog {
        try CatalogLoader.load(directory: folder)
    }

    /// The problems of a catalog that must not load.
    func problems() -> [CatalogProblem] {
        do {
            _ = try load()
            return []
        } catch {
            return error.problems
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    enum FixtureError: Error {
        case notFound(String)
    }
}
