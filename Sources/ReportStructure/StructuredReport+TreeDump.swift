extension StructuredReport {
    /// A readable tree dump of the report (see `TreeDumper`).
    public func treeDump() -> String { TreeDumper.dump(self) }
}
