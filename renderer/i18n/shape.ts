/** The shape every language must fill: same keys, any text. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
