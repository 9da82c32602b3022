import ProcedureCatalog

/// Names of the units in a case's history: a catalog agency by its id, a unit code the kiosk knows, or the
/// name as the back office wrote it.
public enum CaseUnit {
    public static func name(_ code: String, catalog: Catalog, _ language: Language) -> String {
        if let agency = catalog.agency(code) { return agency.name[language] }
        switch code {
        case "ONE_STOP": return language == .vi ? "Bộ phận tiếp nhận và trả kết quả" : "Reception and return desk"
        case "POST": return language == .vi ? "Bưu chính công ích" : "Public postal service"
        case "APPLICANT": return language == .vi ? "Người nộp hồ sơ" : "Applicant"
        default: return code
        }
    }
}
