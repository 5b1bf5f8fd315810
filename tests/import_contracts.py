"""An allow-list contract for import-linter: a package may import only what is listed.

A block-list lets every new I/O library through until someone remembers to list it; the rules
package must stay pure, so it names what it may use instead (``lint-imports``, configured in
``pyproject.toml``). Each direct import of a source module, internal or external (standard library
included: grimp sees it as external), must be inside the source package itself or one of the
allowed modules.
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class AllowListContract(Contract):
    type_name = "allowlist"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    allowed_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:  # noqa: ARG002 - the interface's
        allowed: list[str] = list(self.allowed_modules)  # type: ignore[call-overload]
        sources = [module.name for module in self.source_modules]  # type: ignore[attr-defined]
        broken: list[dict[str, object]] = []
        for source in sources:
            for importer in sorted({source, *graph.find_descendants(source)}):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    if _inside(imported, source) or any(_inside(imported, a) for a in allowed):
                        continue
                    lines = graph.get_import_details(importer=importer, imported=imported)
                    broken.append(
                        {"importer": importer, "imported": imported, "lines": [d["line_number"] for d in lines]}
                    )
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["broken"]:
            lines = ", ".join(f"l.{n}" for n in item["lines"]) or "?"
            output.print_error(f"{item['importer']} imports {item['imported']} ({lines}), which is not allowed.")
            output.new_line()


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")
