/** An agency's key as its admins see it: never the key itself. */
export interface Open311KeyView {
  id: string;
  label: string;
  serviceUserId: string;
  createdAt: string;
  createdByName: string | null;
  revokedAt: string | null;
}

/** The answer to issuing a key: the only time the key is shown. */
export interface IssuedOpen311Key {
  id: string;
  label: string;
  apiKey: string;
}
