import ProcedureCatalog

/// What an import did, or would do with `--dry-run`: printed for the operator, in their language.
public struct ImportSummary: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public var code: String
        /// The record's keys whose value the national data changed, e.g. `name`, `levels`.
        public var keys: [String]
    }

    public var added: [String] = []
    public var changed: [Change] = []
    public var unchanged = 0
    /// Procedures the catalog holds in full, which an information-only entry never replaces.
    public var keptInFull: [String] = []
    /// Information-only entries the national data no longer lists (or marks not public).
    public var withdrawn: [String] = []
    /// Whether the withdrawn were removed (`--remove-withdrawn`).
    public var removedWithdrawn = false
    public var skipped: [ImportProblem] = []
    /// Fields added to fields.yaml, with the codes given them.
    public var newFields: [(code: String, name: String)] = []
    /// Agencies added to agencies.yaml, with their ids.
    public var newAgencies: [(id: String, name: String)] = []

    public static func == (lhs: ImportSummary, rhs: ImportSummary) -> Bool {
        lhs.added == rhs.added && lhs.changed == rhs.changed && lhs.unchanged == rhs.unchanged
            && lhs.keptInFull == rhs.keptInFull && lhs.withdrawn == rhs.withdrawn
            && lhs.removedWithdrawn == rhs.removedWithdrawn && lhs.skipped == rhs.skipped
            && lhs.newFields.map(\.code) == rhs.newFields.map(\.code)
    }

    public func text(in language: Language, dryRun: Bool) -> String {
        let vi = language == .vi
        var lines: [String] = []
        if dryRun { lines.append(vi ? "Chạy thử: danh mục không thay đổi." : "Dry run: the catalog is not changed.") }
        lines.append(vi ? "Thêm mới: \(added.count)" : "Added: \(added.count)")
        lines.append(vi ? "Thay đổi: \(changed.count)" : "Changed: \(changed.count)")
        for change in changed { lines.append("  \(change.code): \(change.keys.joined(separator: ", "))") }
        if !changed.isEmpty {
            lines.append(vi
                ? "  (bản tiếng Anh do cán bộ nhập được giữ nguyên: xem lại bản dịch của nội dung đã đổi)"
                : "  (English texts added by hand are kept: check the translation of what changed)")
        }
        lines.append(vi ? "Không đổi: \(unchanged)" : "Unchanged: \(unchanged)")
        if !keptInFull.isEmpty {
            lines.append(vi
                ? "Đã có đầy đủ trong danh mục, giữ nguyên: \(keptInFull.count)"
                : "Already in the catalog in full, left as they are: \(keptInFull.count)")
        }
        if !newFields.isEmpty {
            lines.append(vi ? "Lĩnh vực mới trong fields.yaml: \(newFields.count)" : "New fields in fields.yaml: \(newFields.count)")
            for field in newFields { lines.append("  \(field.code): \(field.name)") }
        }
        if !newAgencies.isEmpty {
            lines.append(vi ? "Cơ quan mới trong agencies.yaml: \(newAgencies.count)" : "New agencies in agencies.yaml: \(newAgencies.count)")
            for agency in newAgencies { lines.append("  \(agency.id): \(agency.name)") }
        }
        let withdrawnTitle = removedWithdrawn
            ? (vi ? "Đã bãi bỏ, đã xoá khỏi danh mục" : "Withdrawn, removed from the catalog")
            : (vi ? "Đã bãi bỏ (giữ lại; xoá bằng --remove-withdrawn)" : "Withdrawn (kept; remove with --remove-withdrawn)")
        lines.append("\(withdrawnTitle): \(withdrawn.count)")
        for code in withdrawn { lines.append("  \(code)") }
        lines.append(vi ? "Bỏ qua: \(skipped.count)" : "Skipped: \(skipped.count)")
        for problem in skipped { lines.append("  \(problem.text(in: language))") }
        return lines.joined(separator: "\n")
    }
}
