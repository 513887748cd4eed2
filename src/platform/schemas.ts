import { Type, type TSchema } from 'typebox';

// Shapes shared by every module's schemas. Objects are closed (additionalProperties: false) so an
// unknown field is a 400, never silently dropped.

export const Uuid = (description?: string) => Type.String({ format: 'uuid', ...(description ? { description } : {}) });
export const IsoDate = (description?: string) => Type.String({ format: 'date', ...(description ? { description } : {}) });
export const IsoDateTime = (description?: string) => Type.String({ format: 'date-time', ...(description ? { description } : {}) });

export function Closed<T extends Record<string, TSchema>>(props: T, options: { description?: string; $id?: string } = {}) {
  return Type.Object(props, { additionalProperties: false, ...options });
}

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ pointer: Type.String(), detail: Type.String() }))),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details' },
);

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
