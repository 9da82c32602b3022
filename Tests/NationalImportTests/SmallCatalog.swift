import Foundation
import ProcedureCatalog
import TestSupport

/// A catalog folder of a few files, written for one test: three provincial levels and a ministry level, one
/// field, two agencies (one known to the national list as "Sở Tư pháp"), and one procedure held in full (the
/// shipped birth registration).
struct SmallCatalog {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    let folder: String

    init() throws {
        folder = TestScratch.root + "import-\(UUID().uuidString)/Catalog"
        let files = FileManager.default
        try files.createDirectory(atPath: "\(folder)/procedures/ht", withIntermediateDirectories: true)
        try write("catalog.yaml", """
            publisher: {vi: "Tỉnh Thử", en: "Test Province"}
            levels:
              - {id: province, name: {vi: "Cấp tỉnh", en: "Province level"}}
              - {id: district, name: {vi: "Cấp huyện", en: "District level"}}
              - {id: commune, name: {vi: "Cấp xã", en: "Commune level"}}
              - {id: ministry, local: false, name: {vi: "Cấp bộ", en: "Ministry level"}}
            national_levels:
              - {code: "0", name: "Cấp bộ", level: ministry}
              - {code: "1", name: "Cấp tỉnh", level: province}
              - {code: "2", name: "Cấp huyện", level: district}
              - {code: "3", name: "Cấp xã", level: commune}
            """)
        try write("fields.yaml", """
            # Fields, with a comment an import must keep.
            fields:
              - code: HT
                name: {vi: "Hộ tịch", en: "Civil status"}
            """)
        try write("agencies.yaml", """
            agencies:
              - id: STP
                name: {vi: "Sở Tư pháp tỉnh Thử", en: "Department of Justice"}
                level: province
                counter: {vi: "Quầy 1", en: "Counter 1"}
                national_names: ["Sở Tư pháp"]
              - id: UBND-XA
                name: {vi: "Ủy ban nhân dân cấp xã", en: "Commune people's committee"}
                level: commune
            """)
        try files.copyItem(atPath: "\(Self.repository)/Catalog/procedures/ht/1.001193.000.00.00.H08.yaml",
                           toPath: "\(folder)/procedures/ht/1.001193.000.00.00.H08.yaml")
    }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(path)"))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: "\(folder)/\(path)", encoding: .utf8)
    }

    func load() throws -> Catalog { try CatalogLoader.load(directory: folder) }

    /// A list in the portal's layout, a header and the rows given (tab-separated cells).
    static func list(_ rows: [[String]]) -> String {
        ([NationalListReaderColumns.header] + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n") + "\n"
    }
}

enum NationalListReaderColumns {
    static let header = "national_code\tname\tfield\tlevels\tministry\ttype\thandling_agency\tapplicants\t"
        + "publishing_decision\tsource"
}

/// A row of the list: code, name, field, levels, agency, with the rest filled as the portal fills them.
func row(_ code: String, _ name: String, field: String = "Hộ tịch", levels: String = "Cấp tỉnh",
         agency: String = "Sở Tư pháp", applicants: String = "Công dân Việt Nam") -> [String] {
    [code, name, field, levels, "bo-tu-phap", "TTHC được giao luật quy định chi tiết", agency, applicants,
     "1872/QĐ-BTP", "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0000-\(code)"]
}
