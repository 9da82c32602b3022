import Foundation

extension CatalogLoader {
    /// `queue.yaml`, optional: the priority groups (none without the file: the kiosk then asks nobody).
    static func readPriorityGroups(_ path: String, problems: inout [CatalogProblem]) -> [PriorityGroup]? {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let groups = readFile(path, problems: &problems, { $0.records("priority_groups", readPriorityGroup) }) ?? nil
        else { return nil }
        reportDuplicates(groups, field: "id", key: \.id, problems: &problems)
        return groups.map(\.value)
    }

    /// Each entry whose `key` an earlier one has, named with where the first stands.
    static func reportDuplicates<T>(_ entries: [Located<T>], field: String, key: (T) -> String,
                                    problems: inout [CatalogProblem]) {
        var first: [String: FileLocation] = [:]
        for entry in entries {
            if let earlier = first[key(entry.value)] {
                problems.append(CatalogProblem(location: entry.location, procedure: nil, field: "\(entry.path).\(field)",
                                               kind: .duplicate(firstAt: earlier)))
            } else {
                first[key(entry.value)] = entry.location
            }
        }
    }

    private static func readPriorityGroup(_ object: YAMLObject) -> Located<PriorityGroup>? {
        let id = object.string("id")
        let name = object.text("name")
        let basis = object.text("basis")
        if let id, !PriorityGroup.isValidID(id) {
            object.log.report(.notAllowed(id, allowed: ["2–24 a-z 0-9 -"]), at: object.node("id"), field: object.keyPath("id"))
            return nil
        }
        guard let id, let name, let basis else { return nil }
        return Located(PriorityGroup(id: id, name: name, basis: basis), object: object)
    }
}
