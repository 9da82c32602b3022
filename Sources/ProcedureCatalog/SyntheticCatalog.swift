import Foundation

/// Writes large synthetic catalogs in the same format as `Catalog/`, for benchmarks and tests. Deterministic from
/// the seed. Everything it writes is marked synthetic: the publisher's name says so, every procedure carries
/// `synthetic: true`, codes use the non-existent province identifier H99, and each file starts with a comment.
public struct SyntheticCatalog {
    public var procedureCount: Int
    public var seed: UInt64
    /// Procedures per file under `procedures/`.
    public var perFile: Int

    public init(procedureCount: Int, seed: UInt64 = 1, perFile: Int = 500) {
        self.procedureCount = procedureCount
        self.seed = seed
        self.perFile = max(1, perFile)
    }

    static let banner = "# SYNTHETIC DATA made by `kiosk generate`: not real procedures. Do not deploy.\n"
    static let fieldCount = 40
    static let agencyCount = 60

    public func write(to directory: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: "\(directory)/procedures", withIntermediateDirectories: true)
        try write(header(), to: "\(directory)/\(CatalogLoader.catalogFile)")
        try write(fields(), to: "\(directory)/\(CatalogLoader.fieldsFile)")
        try write(agencies(), to: "\(directory)/\(CatalogLoader.agenciesFile)")
        var random = SplitMix64(seed: seed)
        var start = 0
        while start < procedureCount {
            let end = min(procedureCount, start + perFile)
            var text = Self.banner
            for number in start ..< end {
                text += "---\n" + procedure(number, random: &random)
            }
            try write(text, to: String(format: "%@/procedures/synthetic-%07d.yaml", directory, start))
            start = end
        }
    }

    private func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func header() -> String {
        Self.banner + """
            publisher: {vi: "Tỉnh Tổng hợp (dữ liệu thử nghiệm)", en: "Synthetic Province (test data)"}
            levels:
              - {id: province, name: {vi: "Cấp tỉnh", en: "Province level"}}
              - {id: district, name: {vi: "Cấp huyện", en: "District level"}}
              - {id: commune, name: {vi: "Cấp xã", en: "Commune level"}}

            """
    }

    private func fields() -> String {
        var text = Self.banner + "fields:\n"
        for number in 0 ..< Self.fieldCount {
            let topic = SyntheticWords.topics[number % SyntheticWords.topics.count]
            let suffix = number < SyntheticWords.topics.count ? "" : " \(number / SyntheticWords.topics.count + 1)"
            text += "  - {code: \"F\(number)\", name: {vi: \(quoted(topic.vi + suffix)), en: \(quoted(topic.en + suffix))}}\n"
        }
        return text
    }

    private func agencies() -> String {
        var text = Self.banner + "agencies:\n"
        let levels = ["province", "district", "commune"]
        for number in 0 ..< Self.agencyCount {
            let topic = SyntheticWords.topics[number % SyntheticWords.topics.count]
            let identifier = String(format: "000.%02d.%02d.H99", number / 10, number % 100)
            text += """
                  - id: "A\(number)"
                    identifier: "\(identifier)"
                    name: {vi: \(quoted("Cơ quan " + topic.vi.lowercased() + " số \(number)")), en: \(quoted("Agency for " + topic.en.lowercased() + " no. \(number)"))}
                    level: \(levels[number % 3])
                    counter: {vi: "Quầy \(number % 30 + 1)", en: "Counter \(number % 30 + 1)"}
                    floor: {vi: "Tầng \(number % 3 + 1)", en: "Floor \(number % 3 + 1)"}

                """
        }
        return text
    }

    private func procedure(_ number: Int, random: inout SplitMix64) -> String {
        let action = random.pick(SyntheticWords.actions)
        let object = random.pick(SyntheticWords.objects)
        let qualifier = random.next() % 3 == 0 ? random.pick(SyntheticWords.qualifiers) : nil
        let nameVI = [action.vi, object.vi, qualifier?.vi].compactMap { $0 }.joined(separator: " ")
        let nameEN = [action.en, object.en, qualifier?.en].compactMap { $0 }.joined(separator: " ")
        let national = "\(1 + number / 1_000_000 % 9).\(String(format: "%06d", number % 1_000_000))"
        let agency = Int(random.next() % UInt64(Self.agencyCount))
        let field = Int(random.next() % UInt64(Self.fieldCount))
        let level = ["province", "district", "commune"][agency % 3]
        let days = Int(random.next() % 30) + 1
        let fee = Int(random.next() % 5) * 50_000
        let popularity = Int(random.next() % 101)
        let fees = fee == 0 ? "[]" : "[{amount: \(fee), purpose: {vi: \"Lệ phí\", en: \"Fee\"}}]"
        return """
            code: "\(national).000.00.00.H99"
            synthetic: true
            name: {vi: \(quoted(nameVI)), en: \(quoted(nameEN))}
            levels: [\(level)]
            field: "F\(field)"
            agency: "A\(agency)"
            popularity: \(popularity)
            online: {level: \(["full", "partial", "information"][number % 3])}
            channels:
              - {kind: in_person, time: {value: \(days), unit: working_days}, fees: \(fees)}
              - {kind: online, time: {value: \(days), unit: working_days}, fees: \(fees)}
            steps:
              - {vi: "Nộp hồ sơ tại bộ phận một cửa.", en: "Submit the file at the one-stop desk."}
              - {vi: "Cơ quan thẩm định hồ sơ.", en: "The agency examines the file."}
              - {vi: "Nhận kết quả theo ngày hẹn.", en: "Collect the result on the appointment date."}
            documents:
              - variant: {vi: "Mọi trường hợp", en: "All cases"}
                items:
                  - {name: {vi: \(quoted("Đơn đề nghị " + object.vi)), en: \(quoted("Application for " + object.en))}, originals: 1}
                  - {name: {vi: "Giấy tờ tùy thân", en: "Identity document"}, copies: 1}
            applicants: {vi: "Cá nhân, tổ chức", en: "Individuals and organisations"}
            results:
              - {vi: \(quoted(object.vi.prefix(1).uppercased() + object.vi.dropFirst())), en: \(quoted(object.en.prefix(1).uppercased() + object.en.dropFirst()))}
            legal_basis:
              - {number: "\(number % 90 + 10)/2024/NĐ-CP", title: {vi: "Nghị định (tổng hợp)", en: "Decree (synthetic)"}, issuer: {vi: "Chính phủ", en: "Government"}, date: "2024-01-15"}
            keywords:
              - {vi: \(quoted(object.vi)), en: \(quoted(object.en))}

            """
    }

    /// A YAML double-quoted scalar. Generated texts hold no control characters; quotes and backslashes are escaped.
    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
