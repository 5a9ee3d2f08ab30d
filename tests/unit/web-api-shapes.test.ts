import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { KNOWN_WEB_API_SHAPES } from './web-api-shapes.known.js';

/**
 * One source for API shapes (issue 20): the web app's data hooks type what they send and
 * receive with the schemas' types of src/common. This fails when a hook types `apiRequest<T>`
 * with a shape of its own (a local or inline type) or a feature's api/ folder exports one.
 * Shapes written before the rule are listed in web-api-shapes.known.ts; the list only shrinks.
 */
const WEB = path.resolve('src/web');
const BUILTIN = new Set(['Record', 'Array', 'Partial', 'Pick', 'Omit', 'Readonly']);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

function ownShapes(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const relative = path.relative(WEB, file).split(path.sep).join('/');
  const fromCommon = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const names = statement.importClause?.namedBindings;
    if (specifier.includes('/common/') && names && ts.isNamedImports(names))
      for (const element of names.elements) fromCommon.add(element.name.text);
  }
  const found: string[] = [];
  const inApiFolder = /(^|\/)api\//.test(relative);
  const visitType = (node: ts.Node): void => {
    if (ts.isTypeLiteralNode(node)) {
      found.push(
        `${relative}: inline { ${node.members.map((m) => m.name?.getText(source)).join(', ')} }`,
      );
      return;
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(source);
      if (!fromCommon.has(name) && !BUILTIN.has(name) && name !== 'T')
        found.push(`${relative}: ${name}`);
    }
    ts.forEachChild(node, visitType);
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(source) === 'apiRequest' &&
      node.typeArguments
    )
      node.typeArguments.forEach(visitType);
    const exported = (node as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers?.some(
      (m) => m.kind === ts.SyntaxKind.ExportKeyword,
    );
    if (
      inApiFolder &&
      exported &&
      (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node))
    )
      found.push(`${relative}: ${node.name.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the web app’s API shapes', () => {
  const found = [...new Set(sourceFiles(WEB).flatMap(ownShapes))].sort();

  it('declares no new API shape of its own: hooks use the types of src/common', () => {
    expect(found.filter((shape) => !KNOWN_WEB_API_SHAPES.includes(shape))).toEqual([]);
  });

  it('keeps the list of shapes written before the rule current (remove an entry once it goes)', () => {
    expect(KNOWN_WEB_API_SHAPES.filter((shape) => !found.includes(shape))).toEqual([]);
  });
});
