import { NativeSelect, NumberInput, TextInput, Textarea } from "@mantine/core";
import type { ReactNode } from "react";
import type { Gate, GateValues } from "../moveRequest";

/** What each gate's form gets: its values, a way to change some of them, and the API's error for a JSON path. */
export interface GateFieldsProps<G extends Gate> {
  values: GateValues[G];
  onChange(change: Partial<GateValues[G]>): void;
  error(path: string): ReactNode;
}

type Choice = string | { value: string; label: string };

/**
 * The required inputs of one gate's record, each bound to its value and to the API's error at its JSON
 * path (`<gate>.<field>`), so a gate's form only lists its fields and their labels.
 */
export function gateInputs<G extends Gate>(gate: G, { values, onChange, error }: GateFieldsProps<G>) {
  type Field = keyof GateValues[G] & string;
  const value = (field: Field) => values[field] as string;
  const set = (field: Field, next: unknown) => onChange({ [field]: next } as Partial<GateValues[G]>);
  const bound = (field: Field, label: string) => ({ label, withAsterisk: true, error: error(`${gate}.${field}`) });
  return {
    text: (field: Field, label: string, maxLength: number) => (
      <TextInput key={field} {...bound(field, label)} maxLength={maxLength} value={value(field)} onChange={(e) => set(field, e.currentTarget.value)} />
    ),
    longText: (field: Field, label: string, maxLength: number) => (
      <Textarea
        key={field}
        {...bound(field, label)}
        rows={2}
        maxLength={maxLength}
        value={value(field)}
        onChange={(e) => set(field, e.currentTarget.value)}
        style={{ gridColumn: "1 / -1" }}
      />
    ),
    date: (field: Field, label: string) => (
      <TextInput key={field} {...bound(field, label)} type="date" value={value(field)} onChange={(e) => set(field, e.currentTarget.value)} />
    ),
    /** A whole count (no separator) or an amount (with thousands separators); never negative. */
    number: (field: Field, label: string, kind: "count" | "amount") => (
      <NumberInput
        key={field}
        {...bound(field, label)}
        allowNegative={false}
        {...(kind === "count" ? { allowDecimal: false } : { thousandSeparator: "," })}
        value={values[field] as number | string}
        onChange={(next) => set(field, next)}
      />
    ),
    choice: (field: Field, label: string, data: Choice[]) => (
      <NativeSelect key={field} {...bound(field, label)} data={data} value={value(field)} onChange={(e) => set(field, e.currentTarget.value)} />
    ),
  };
}
