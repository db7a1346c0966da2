import { Alert, Button, Checkbox, Group, Modal, NativeSelect, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { isApiProblem } from "../../../api/problem";
import { ConflictDialog, rebase, type ConflictField, type Values } from "../../../components/ConflictDialog";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { organizationName, type Organization } from "../api/organizations";
import { getUser, useCreateUser, useUpdateUser, type CreatedUser, type User } from "../api/users";

type Role = Schema<"Role">;

interface FormValues {
  email: string;
  displayName: string;
  roles: Role[];
  organizationId: string;
  password: string;
}

const shownPaths = ["email", "displayName", "roles", "organizationId", "password"];
const editablePaths = ["displayName", "roles", "organizationId"] as const;

function valuesOf(user: User): FormValues {
  return {
    email: user.email,
    displayName: user.displayName,
    roles: user.roles as Role[],
    organizationId: user.organizationId ?? "",
    password: "",
  };
}

function editable(values: Pick<FormValues, (typeof editablePaths)[number]>): Values {
  return { displayName: values.displayName, roles: values.roles, organizationId: values.organizationId || null };
}

/** A field's errors, including those of its items ("roles[0]"). */
function errorsOf(error: unknown, path: string): string | undefined {
  if (!isApiProblem(error)) {
    return undefined;
  }
  const messages = [fieldError(error, path), ...Object.keys(error.errors).filter((k) => k.toLowerCase().startsWith(`${path.toLowerCase()}[`)).map((k) => fieldError(error, k))];
  const text = messages.filter(Boolean).join(" ");
  return text || undefined;
}

interface UserFormModalProps {
  /** The user to edit; none to create one. */
  user?: User;
  organizations: readonly Organization[];
  onClose: () => void;
  onCreated?: (created: CreatedUser) => void;
  onSaved?: (user: User) => void;
}

/**
 * Creates a user (with a password, or without one for an invitation) or changes one's name, roles and
 * organization. On a failed save the form keeps what was typed and shows the API's messages beside
 * the fields; a 412 on edit opens the conflict dialog.
 */
export function UserFormModal({ user, organizations, onClose, onCreated, onSaved }: UserFormModalProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const editing = user !== undefined;
  const [base, setBase] = useState<User | undefined>(user);
  const [values, setValues] = useState<FormValues>(
    user ? valuesOf(user) : { email: "", displayName: "", roles: [], organizationId: "", password: "" },
  );
  const [conflict, setConflict] = useState<{ theirs?: User; error?: unknown } | undefined>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = editing ? update : create;
  const error = mutation.error;
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const organizationId = values.organizationId || null;
    if (editing && base) {
      update.mutate(
        { id: base.id, version: base.version, request: { displayName: values.displayName.trim(), roles: values.roles, organizationId } },
        {
          onSuccess: (saved) => onSaved?.(saved),
          onError: (e) => {
            if (isApiProblem(e) && e.status === 412) {
              setConflict({});
              getUser(base.id).then(
                (theirs) => setConflict({ theirs }),
                (loadError: unknown) => setConflict({ error: loadError }),
              );
            }
          },
        },
      );
    } else {
      create.mutate(
        {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          roles: values.roles,
          organizationId,
          password: values.password === "" ? null : values.password,
        },
        { onSuccess: (created) => onCreated?.(created) },
      );
    }
  };

  const conflictFields: ConflictField[] = [
    { path: "displayName", label: t("admin.users.form.displayName") },
    {
      path: "roles",
      label: t("admin.users.form.roles"),
      format: (v) => (Array.isArray(v) && v.length > 0 ? v.map((r) => enumLabel(t, "Role", r as Role)).join(", ") : "—"),
    },
    {
      path: "organizationId",
      label: t("admin.users.form.organization"),
      format: (v) => {
        const organization = organizations.find((o) => o.id === v);
        return organization ? organizationName(organization, language) : "—";
      },
    },
  ];

  const take = (theirs: User, merged?: Values) => {
    setBase(theirs);
    setValues((v) => ({
      ...v,
      ...(merged
        ? {
            displayName: String(merged.displayName ?? ""),
            roles: (merged.roles as Role[] | undefined) ?? [],
            organizationId: (merged.organizationId as string | null | undefined) ?? "",
          }
        : { displayName: theirs.displayName, roles: theirs.roles as Role[], organizationId: theirs.organizationId ?? "" }),
    }));
    setConflict(undefined);
    update.reset();
  };

  const fieldErrorsShown = isApiProblem(error) && error.status === 400 && Object.keys(error.errors).length > 0;
  const roleItemKeys = isApiProblem(error) ? Object.keys(error.errors).filter((k) => /^roles\[/i.test(k)) : [];
  const others = fieldErrorsShown ? otherFieldErrors(error, [...shownPaths, ...roleItemKeys]) : [];
  const showProblem = !!error && !fieldErrorsShown && !(isApiProblem(error) && error.status === 412);

  return (
    <>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened
        onClose={onClose}
        title={editing ? t("admin.users.form.editTitle", { name: user.displayName }) : t("admin.users.form.createTitle")}
        size="lg"
      >
        <form onSubmit={submit} noValidate aria-label={editing ? t("admin.users.form.editTitle", { name: user.displayName }) : t("admin.users.form.createTitle")}>
          <Stack gap="md">
            {showProblem && (
              <ProblemAlert error={error} title={t("admin.users.form.saveFailed")} />
            )}
            {others.length > 0 && (
              <Alert color="red" role="alert" title={t("admin.users.form.saveFailed")}>
                {others.join(" ")}
              </Alert>
            )}
            <TextInput
              label={t("admin.users.form.email")}
              type="email"
              autoComplete="off"
              required={!editing}
              readOnly={editing}
              value={values.email}
              onChange={(e) => set("email", e.currentTarget.value)}
              error={fieldErrorsShown ? fieldError(error, "email") : undefined}
              maxLength={256}
            />
            <TextInput
              label={t("admin.users.form.displayName")}
              required
              value={values.displayName}
              onChange={(e) => set("displayName", e.currentTarget.value)}
              error={fieldErrorsShown ? fieldError(error, "displayName") : undefined}
              maxLength={200}
            />
            <Checkbox.Group
              label={t("admin.users.form.roles")}
              description={t("admin.users.form.rolesHint")}
              required
              value={values.roles}
              onChange={(roles) => set("roles", roles as Role[])}
              error={fieldErrorsShown ? errorsOf(error, "roles") : undefined}
            >
              <Group gap="md" mt={6}>
                {enumOptions(t, "Role").map((option) => (
                  <Checkbox key={option.value} value={option.value} label={option.label} />
                ))}
              </Group>
            </Checkbox.Group>
            <NativeSelect
              label={t("admin.users.form.organization")}
              value={values.organizationId}
              data={[
                { value: "", label: t("admin.users.form.noOrganization") },
                ...organizations.map((o) => ({
                  value: o.id,
                  label: `${organizationName(o, language)} (${enumLabel(t, "OrganizationKind", o.kind)})`,
                })),
              ]}
              onChange={(e) => set("organizationId", e.currentTarget.value)}
              error={fieldErrorsShown ? fieldError(error, "organizationId") : undefined}
            />
            {!editing && (
              <PasswordInput
                label={t("admin.users.form.password")}
                description={t("admin.users.form.passwordHint")}
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set("password", e.currentTarget.value)}
                error={fieldErrorsShown ? fieldError(error, "password") : undefined}
                maxLength={200}
              />
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {editing ? t("common.save") : t("common.create")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {editing && base && conflict && (
        <ConflictDialog
          opened
          fields={conflictFields}
          base={editable(valuesOf(base))}
          mine={editable(values)}
          theirs={conflict.theirs ? editable(valuesOf(conflict.theirs)) : undefined}
          loadError={conflict.error}
          onReapply={() => {
            const theirs = conflict.theirs!;
            const { merged } = rebase(editable(valuesOf(base)), editable(values), editable(valuesOf(theirs)), editablePaths);
            take(theirs, merged);
          }}
          onDiscard={() => conflict.theirs && take(conflict.theirs)}
          onClose={() => setConflict(undefined)}
        />
      )}
    </>
  );
}
