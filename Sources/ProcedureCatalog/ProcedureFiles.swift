import Foundation

/// Reads every `.yaml`/`.yml` file under the procedures folder, in a stable order, on all cores.
/// Each YAML document in a file is one procedure: the shipped catalog keeps one procedure a file (clean diffs);
/// the synthetic generator packs many a file (fewer files at national scale).
enum ProcedureFiles {
    /// What the folder holds: the procedures that read well, and the references of every record.
    struct Contents {
        var procedures: [Located<Procedure>] = []
        var references: [ProcedureReader.References] = []
        var problems: [CatalogProblem] = []
    }

    static func read(folder: String, problems: inout [CatalogProblem]) -> Contents {
        let files = list(folder: folder, problems: &problems)
        let results = ConcurrentResults<Contents>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, readFile(files[index]))
        }
        var contents = Contents()
        for found in results.values {
            contents.procedures += found.procedures
            contents.references += found.references
            problems += found.problems
        }
        return contents
    }

    static func list(folder: String, problems: inout [CatalogProblem]) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: folder)
        else {
            problems.append(
                CatalogProblem(location: FileLocation(file: folder), procedure: nil, field: "",
                               kind: .unreadable("no such folder")))
            return []
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append("\(folder)/\(relative)") }
        }
        return files.sorted()
    }

    private static func readFile(_ path: String) -> Contents {
        let log = ProblemLog(file: path)
        var contents = Contents()
        guard let data = CatalogLoader.readData(path, log: log) else {
            contents.problems = log.problems
            return contents
        }
        do throws(YAMLSyntaxError) {
            try YAMLDocuments.forEachDocument(data) { root in
                // An empty document (a stray `---` at the end of a file) holds no procedure.
                guard !root.isNull else { return }
                guard let object = YAMLObject.make(root, path: "", log: log) else { return }
                let (procedure, references) = ProcedureReader.read(object, file: path)
                contents.references.append(references)
                if let procedure { contents.procedures.append(Located(procedure, object: object)) }
            }
        } catch {
            log.procedure = nil
            CatalogLoader.report(error, log: log)
        }
        contents.problems = log.problems
        return contents
    }
}
