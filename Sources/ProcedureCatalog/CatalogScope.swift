/// Which of the catalog's procedures a kiosk shows. The catalog carries the whole national list; a provincial
/// kiosk shows what a province carries out, and the rest only when kiosk.conf asks (`catalog.all_levels`).
public enum CatalogScope: String, Sendable, Equatable {
    /// Every procedure and level.
    case whole
    /// Only procedures carried out at a level catalog.yaml does not mark `local: false`, and only those levels.
    case localLevels
}

extension Catalog {
    /// The catalog as a kiosk with `scope` shows it. Levels that are not local are dropped, and so are the
    /// procedures carried out at them alone; a procedure done at a ministry and in the province keeps its
    /// provincial level.
    public func scoped(_ scope: CatalogScope) -> Catalog {
        guard scope == .localLevels, levels.contains(where: { !$0.isLocal }) else { return self }
        let local = Set(levels.filter(\.isLocal).map(\.id))
        let kept = procedures.compactMap { procedure -> Procedure? in
            var procedure = procedure
            procedure.levels = procedure.levels.filter(local.contains)
            return procedure.levels.isEmpty ? nil : procedure
        }
        return Catalog(publisher: publisher, levels: levels.filter(\.isLocal), fields: fields, agencies: agencies,
                       procedures: kept, nationalLevels: nationalLevels, searchWords: searchWords,
                       priorityGroups: priorityGroups, banks: banks)
    }
}
