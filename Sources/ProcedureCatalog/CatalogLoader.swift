import Foundation

/// Loads `Catalog/`: `catalog.yaml` (publisher, levels), `fields.yaml`, `agencies.yaml`, and every `.yaml` file
/// under `procedures/` (each YAML document in them one procedure). A catalog with any problem is not loaded at
/// all: every problem is reported at once.
public enum CatalogLoader {
    public static let catalogFile = "catalog.yaml"
    public static let fieldsFile = "fields.yaml"
    public static let agenciesFile = "agencies.yaml"
    /// Everyday words and synonyms for search; optional.
    public static let searchFile = "search.yaml"
    /// The queue's priority groups; optional.
    public static let queueFile = "queue.yaml"
    /// The banks that receive VietQR transfers; optional (needed once an agency names an account).
    public static let banksFile = "banks.yaml"
    public static let proceduresFolder = "procedures"

    public static func load(directory: String) throws(CatalogProblems) -> Catalog {
        let root = Self.root(of: directory)
        var problems: [CatalogProblem] = []

        let header = readFile("\(root)/\(catalogFile)", problems: &problems) { object in
            (object.text("publisher"), object.records("levels", readLevel),
             object.records("national_levels", required: false, readNationalLevel))
        }
        let fields = readFile("\(root)/\(fieldsFile)", problems: &problems) { $0.records("fields", readField) }
        let agencies = readFile("\(root)/\(agenciesFile)", problems: &problems) {
            $0.records("agencies", readAgency)
        }
        let searchWords = readSearchWords("\(root)/\(searchFile)", problems: &problems)
        let priorityGroups = readPriorityGroups("\(root)/\(queueFile)", problems: &problems)
        let banks = readBanks("\(root)/\(banksFile)", problems: &problems)
        if let agencies, let banks { checkAccounts(agencies, banks: banks, problems: &problems) }
        let contents = ProcedureFiles.read(folder: "\(root)/\(proceduresFolder)", problems: &problems)
        let procedures = contents.procedures

        let levels = header?.1 ?? []
        CrossReferences.check(
            levels: header?.1, nationalLevels: header?.2 ?? [], fields: fields, agencies: agencies, procedures: procedures,
            references: contents.references, proceduresFolder: "\(root)/\(proceduresFolder)", problems: &problems)
        guard problems.isEmpty, let publisher = header?.0, let fields, let agencies, let searchWords, let priorityGroups,
              let banks else {
            throw CatalogProblems(problems)
        }
        return Catalog(
            publisher: publisher,
            levels: levels.enumerated().map { rank, level in
                Level(id: level.value.id, name: level.value.name, rank: rank, isLocal: level.value.isLocal)
            }, fields: fields.map(\.value),
            agencies: agencies.map(\.value), procedures: procedures.map(\.value),
            nationalLevels: (header?.2 ?? []).map(\.value), searchWords: searchWords, priorityGroups: priorityGroups,
            banks: banks)
    }

    /// The catalog folder as file paths are built from it (without a trailing slash).
    static func root(of directory: String) -> String {
        directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// The folder as the loader writes it in every procedure's source location.
    public static func rootPath(of directory: String) -> String { root(of: directory) }

    /// Every file a load reads, in a stable order (absent ones too: their absence is part of the catalog's state).
    static func files(of directory: String) -> [String] {
        let root = root(of: directory)
        var ignored: [CatalogProblem] = []
        return [catalogFile, fieldsFile, agenciesFile, searchFile, queueFile, banksFile].map { "\(root)/\($0)" }
            + ProcedureFiles.list(folder: "\(root)/\(proceduresFolder)", problems: &ignored)
    }

    /// Reads a single-document YAML file whose root is a mapping.
    static func readFile<T>(_ path: String, problems: inout [CatalogProblem],
                                    _ read: (YAMLObject) -> T?) -> T? {
        let log = ProblemLog(file: path)
        defer { problems += log.problems }
        guard let data = readData(path, log: log) else { return nil }
        do throws(YAMLSyntaxError) {
            guard let root = try YAMLDocuments.parse(data).first else {
                log.report(.missing, at: nil, field: "", fallbackLine: 1)
                return nil
            }
            guard let object = YAMLObject.make(root, path: "", log: log) else { return nil }
            let value = read(object)
            object.finish()
            return value
        } catch {
            report(error, log: log)
            return nil
        }
    }

    static func readData(_ path: String, log: ProblemLog) -> Data? {
        guard let data = FileManager.default.contents(atPath: path) else {
            log.report(.unreadable(FileManager.default.fileExists(atPath: path) ? "permission" : "no such file"),
                       at: nil, field: "")
            return nil
        }
        return data
    }

    /// A file libyaml refused: bytes that are not UTF-8 make it unreadable, anything else is a syntax error.
    static func report(_ error: YAMLSyntaxError, log: ProblemLog) {
        if error.isEncoding {
            log.report(.unreadable("not UTF-8"), at: nil, field: "", fallbackLine: error.line)
        } else {
            log.report(.syntax(error.problem), at: nil, field: "", fallbackLine: error.line)
        }
    }

    private static func readLevel(_ object: YAMLObject) -> Located<Level>? {
        let id = object.string("id")
        let name = object.text("name")
        let isLocal = object.bool("local", default: true)
        guard let id, let name else { return nil }
        // The rank is the position in the list, set once all are read.
        return Located(Level(id: id, name: name, rank: 0, isLocal: isLocal), object: object)
    }

    private static func readNationalLevel(_ object: YAMLObject) -> Located<NationalLevel>? {
        let code = object.string("code")
        let name = object.string("name")
        let level = object.string("level")
        guard let code, let name, let level else { return nil }
        return Located(NationalLevel(code: code, name: name, level: level), object: object)
    }

    private static func readField(_ object: YAMLObject) -> Located<Field>? {
        object.log.vietnameseOnly = object.englishMissing()
        defer { object.log.vietnameseOnly = false }
        let code = object.string("code")
        let name = object.text("name")
        let nationalCode = object.string("national_code", required: false)
        let nationalNames = object.strings("national_names")
        guard let code, let name, let nationalNames else { return nil }
        let field = Field(id: code, name: name, nationalCode: nationalCode, nationalNames: nationalNames)
        return Located(field, object: object)
    }

    private static func readAgency(_ object: YAMLObject) -> Located<Agency>? {
        object.log.vietnameseOnly = object.englishMissing()
        defer { object.log.vietnameseOnly = false }
        let id = object.string("id")
        var identifier: AgencyIdentifier?
        var identifierOK = true
        if let text = object.string("identifier", required: false) {
            identifier = AgencyIdentifier(text)
            if identifier == nil {
                object.log.report(.malformedIdentifier(text), at: object.node("identifier"),
                                  field: object.keyPath("identifier"))
                identifierOK = false
            }
        }
        let name = object.text("name")
        let level = object.string("level")
        let counter = object.text("counter", required: false)
        let floor = object.text("floor", required: false)
        var queueOK = true
        let queue = object.node("queue") == nil ? nil : object.record("queue", required: false) { line in
            let result = readQueueLine(line)
            queueOK = result != nil
            return result
        }
        let nationalNames = object.strings("national_names")
        var accountOK = true
        let account = object.node("account") == nil ? nil : object.record("account", required: false) { record in
            let result = readAccount(record)
            accountOK = result != nil
            return result
        }
        guard let id, let name, let level, identifierOK, queueOK, accountOK, let nationalNames else { return nil }
        let agency = Agency(id: id, identifier: identifier, name: name, level: level, counter: counter, floor: floor,
                            queue: queue, nationalNames: nationalNames, account: account)
        return Located(agency, object: object)
    }
}

extension CatalogLoader {
    /// `queue: {prefix: A, counters: [1, 2]}`: one or two capital letters, at least one counter number.
    static func readQueueLine(_ object: YAMLObject) -> QueueLine? {
        let prefix = object.string("prefix")
        if let prefix, !QueueLine.isValidPrefix(prefix) {
            object.log.report(.notAllowed(prefix, allowed: ["A–Z", "AA–ZZ"]), at: object.node("prefix"),
                              field: object.keyPath("prefix"))
            return nil
        }
        guard let items = object.list("counters", nonEmpty: true) else { return nil }
        var counters: [Int] = []
        for item in items {
            guard let text = YAMLObject.scalarText(item.node, field: item.path, log: object.log) else { return nil }
            guard let number = Int(text), (1...999).contains(number) else {
                object.log.report(.malformedNumber(text), at: item.node, field: item.path)
                return nil
            }
            counters.append(number)
        }
        guard let prefix else { return nil }
        return QueueLine(prefix: prefix, counters: counters)
    }
}

/// A catalog element with where it was written, for duplicate and reference errors.
struct Located<Value> {
    var value: Value
    var location: FileLocation
    var path: String

    init(_ value: Value, object: YAMLObject) {
        self.value = value
        location = FileLocation(file: object.log.file, line: object.line)
        path = object.path
    }
}
