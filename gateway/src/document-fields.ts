import { getNamedType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';

/**
 * Calls `each` for every field a document selects, with the name of the type it is selected on
 * (through aliases, fragments and inline fragments alike): the one walk the gateway's document
 * checks (partner fields, district computations) are written on.
 */
export function forEachField(schema: GraphQLSchema, document: DocumentNode, each: (parentType: string, field: FieldNode) => void): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        each(parent ? getNamedType(parent).name : '?', node);
      },
    }),
  );
}
