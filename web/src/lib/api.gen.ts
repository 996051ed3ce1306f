// Generated from docs/openapi.json by `npm run api:contract` (openapi-typescript): do not edit.
export interface paths {
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and a CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                display_name: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "reporter";
                                unit_id: number | null;
                                disabled: boolean;
                                must_change_password: boolean;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                            csrf_token: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                display_name: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "reporter";
                                unit_id: number | null;
                                disabled: boolean;
                                must_change_password: boolean;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                            csrf_token: string;
                        };
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (the one call, with sign-out and who-am-I, open to a user who must change a one-time password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                display_name: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "reporter";
                                unit_id: number | null;
                                disabled: boolean;
                                must_change_password: boolean;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                            csrf_token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                username: string;
                                display_name: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "reporter";
                                unit_id: number | null;
                                disabled: boolean;
                                must_change_password: boolean;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a user (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        role: "admin" | "supervisor" | "reporter";
                        unit_id?: number | null;
                        display_name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            display_name: string;
                            /** @enum {string} */
                            role: "admin" | "supervisor" | "reporter";
                            unit_id: number | null;
                            disabled: boolean;
                            must_change_password: boolean;
                            created_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role?: "admin" | "supervisor" | "reporter";
                        unit_id?: number | null;
                        display_name?: string;
                        password?: string;
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            display_name: string;
                            /** @enum {string} */
                            role: "admin" | "supervisor" | "reporter";
                            unit_id: number | null;
                            disabled: boolean;
                            must_change_password: boolean;
                            created_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All units */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                kind: string;
                                aliases: string[];
                                parent_id: number | null;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a unit (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        kind?: string;
                        aliases?: string[];
                        parent_id?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            kind: string;
                            aliases: string[];
                            parent_id: number | null;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a unit (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        kind?: string;
                        aliases?: string[];
                        parent_id?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            kind: string;
                            aliases: string[];
                            parent_id: number | null;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans, by keyset pages */
        get: {
            parameters: {
                query?: {
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                framework_name: string | null;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        framework_name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            framework_name: string | null;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            framework_name: string | null;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a plan */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        framework_name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            framework_name: string | null;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's goal framework */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                key: string;
                                name: string;
                                aliases: string[];
                                subjects: string[];
                                position: number;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a goal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        aliases?: string[];
                        subjects?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            key: string;
                            name: string;
                            aliases: string[];
                            subjects: string[];
                            position: number;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a goal */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        aliases?: string[];
                        subjects?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            key: string;
                            name: string;
                            aliases: string[];
                            subjects: string[];
                            position: number;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's documents */
        get: {
            parameters: {
                query?: {
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                title: string;
                                source: string;
                                year: number | null;
                                hash: string;
                                encoding: string;
                                format: string;
                                revises_id: number | null;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                                /** @description in GET /api/documents/:id only */
                                text?: string;
                                /** @description in GET /api/documents/:id only; empty for an unpaged document */
                                pages?: {
                                    number: number;
                                    /** @description where the page begins in the document's text */
                                    start: number;
                                    /** @description OCR's mean word confidence, 0–100 */
                                    confidence: number | null;
                                    /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                    image: boolean;
                                }[];
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document with its text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            title: string;
                            source: string;
                            year: number | null;
                            hash: string;
                            encoding: string;
                            format: string;
                            revises_id: number | null;
                            created_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                            text: string;
                            /** @description empty for an unpaged document */
                            pages: {
                                number: number;
                                /** @description where the page begins in the document's text */
                                start: number;
                                /** @description OCR's mean word confidence, 0–100 */
                                confidence: number | null;
                                /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                image: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ingest a document's text (idempotent on its hash); waits for the job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the decoded document text */
                        text: string;
                        source?: string;
                        title?: string;
                        year?: number;
                        plan?: string;
                        /** @description document id or hash */
                        revises?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: the same text was stored before */
                            created: boolean;
                            document: {
                                id: number;
                                plan_id: number;
                                title: string;
                                source: string;
                                year: number | null;
                                hash: string;
                                encoding: string;
                                format: string;
                                revises_id: number | null;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                                /** @description in GET /api/documents/:id only */
                                text?: string;
                                /** @description in GET /api/documents/:id only; empty for an unpaged document */
                                pages?: {
                                    number: number;
                                    /** @description where the page begins in the document's text */
                                    start: number;
                                    /** @description OCR's mean word confidence, 0–100 */
                                    confidence: number | null;
                                    /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                    image: boolean;
                                }[];
                            };
                            plan: {
                                id: number;
                                name: string;
                                framework_name: string | null;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                            revises: number | null;
                            counts: {
                                added: number;
                                updated: number;
                                kept: number;
                                targets: number;
                            };
                            /** @description the document's commitments (0: nothing was found to review; see warnings) */
                            commitments: number;
                            /** @description of those, the ones whose owner was guessed (listed first in the review queue) */
                            low_confidence: number;
                            /** @description what the uploader should know: no commitment found, owners guessed */
                            warnings: {
                                code: "no_commitment" | "low_confidence";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: the same text was stored before */
                            created: boolean;
                            document: {
                                id: number;
                                plan_id: number;
                                title: string;
                                source: string;
                                year: number | null;
                                hash: string;
                                encoding: string;
                                format: string;
                                revises_id: number | null;
                                created_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                                /** @description in GET /api/documents/:id only */
                                text?: string;
                                /** @description in GET /api/documents/:id only; empty for an unpaged document */
                                pages?: {
                                    number: number;
                                    /** @description where the page begins in the document's text */
                                    start: number;
                                    /** @description OCR's mean word confidence, 0–100 */
                                    confidence: number | null;
                                    /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                    image: boolean;
                                }[];
                            };
                            plan: {
                                id: number;
                                name: string;
                                framework_name: string | null;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                            revises: number | null;
                            counts: {
                                added: number;
                                updated: number;
                                kept: number;
                                targets: number;
                            };
                            /** @description the document's commitments (0: nothing was found to review; see warnings) */
                            commitments: number;
                            /** @description of those, the ones whose owner was guessed (listed first in the review queue) */
                            low_confidence: number;
                            /** @description what the uploader should know: no commitment found, owners guessed */
                            warnings: {
                                code: "no_commitment" | "low_confidence";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a document file (multipart); answers 202 with the ingest job to poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description multipart/form-data: the fields, then one file part */
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .txt, .html, .docx, .pdf, .png or .jpg
                         */
                        file: string;
                        plan?: string;
                        year?: number;
                        title?: string;
                        /** @description document id or hash */
                        revises?: string;
                        /** @description overrides detection */
                        encoding?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ingest";
                            name: string;
                            state: "queued" | "running" | "done" | "failed";
                            stage: "queued" | "reading" | "extracting" | "storing" | "finished";
                            /** @description pages read or steps done of `total` in the current stage */
                            done: number;
                            total: number;
                            /** @description the whole job's progress, for a progress bar */
                            percent: number;
                            created_at: string;
                            finished_at: string | null;
                            result: {
                                /** @description false: the same text was stored before */
                                created: boolean;
                                document: {
                                    id: number;
                                    plan_id: number;
                                    title: string;
                                    source: string;
                                    year: number | null;
                                    hash: string;
                                    encoding: string;
                                    format: string;
                                    revises_id: number | null;
                                    created_at: string;
                                    /** @description send back in If-Match to change the record */
                                    version: number;
                                    /** @description in GET /api/documents/:id only */
                                    text?: string;
                                    /** @description in GET /api/documents/:id only; empty for an unpaged document */
                                    pages?: {
                                        number: number;
                                        /** @description where the page begins in the document's text */
                                        start: number;
                                        /** @description OCR's mean word confidence, 0–100 */
                                        confidence: number | null;
                                        /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                        image: boolean;
                                    }[];
                                };
                                plan: {
                                    id: number;
                                    name: string;
                                    framework_name: string | null;
                                    created_at: string;
                                    updated_at: string;
                                    /** @description send back in If-Match to change the record */
                                    version: number;
                                };
                                revises: number | null;
                                counts: {
                                    added: number;
                                    updated: number;
                                    kept: number;
                                    targets: number;
                                };
                                /** @description the document's commitments (0: nothing was found to review; see warnings) */
                                commitments: number;
                                /** @description of those, the ones whose owner was guessed (listed first in the review queue) */
                                low_confidence: number;
                                /** @description what the uploader should know: no commitment found, owners guessed */
                                warnings: {
                                    code: "no_commitment" | "low_confidence";
                                    message: string;
                                }[];
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/pages/{page}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The image of a scanned page (PNG or JPEG), shown beside its recognised text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    page: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the image bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ingest job: state, stage and progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ingest";
                            name: string;
                            state: "queued" | "running" | "done" | "failed";
                            stage: "queued" | "reading" | "extracting" | "storing" | "finished";
                            /** @description pages read or steps done of `total` in the current stage */
                            done: number;
                            total: number;
                            /** @description the whole job's progress, for a progress bar */
                            percent: number;
                            created_at: string;
                            finished_at: string | null;
                            result: {
                                /** @description false: the same text was stored before */
                                created: boolean;
                                document: {
                                    id: number;
                                    plan_id: number;
                                    title: string;
                                    source: string;
                                    year: number | null;
                                    hash: string;
                                    encoding: string;
                                    format: string;
                                    revises_id: number | null;
                                    created_at: string;
                                    /** @description send back in If-Match to change the record */
                                    version: number;
                                    /** @description in GET /api/documents/:id only */
                                    text?: string;
                                    /** @description in GET /api/documents/:id only; empty for an unpaged document */
                                    pages?: {
                                        number: number;
                                        /** @description where the page begins in the document's text */
                                        start: number;
                                        /** @description OCR's mean word confidence, 0–100 */
                                        confidence: number | null;
                                        /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                        image: boolean;
                                    }[];
                                };
                                plan: {
                                    id: number;
                                    name: string;
                                    framework_name: string | null;
                                    created_at: string;
                                    updated_at: string;
                                    /** @description send back in If-Match to change the record */
                                    version: number;
                                };
                                revises: number | null;
                                counts: {
                                    added: number;
                                    updated: number;
                                    kept: number;
                                    targets: number;
                                };
                                /** @description the document's commitments (0: nothing was found to review; see warnings) */
                                commitments: number;
                                /** @description of those, the ones whose owner was guessed (listed first in the review queue) */
                                low_confidence: number;
                                /** @description what the uploader should know: no commitment found, owners guessed */
                                warnings: {
                                    code: "no_commitment" | "low_confidence";
                                    message: string;
                                }[];
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commitments: filter by unit, goal, status, review state; search; sort; keyset pages */
        get: {
            parameters: {
                query?: {
                    unit?: number;
                    goal?: number;
                    status?: "not_started" | "on_track" | "behind" | "overdue" | "done";
                    review?: "proposed" | "confirmed" | "rejected" | "merged";
                    document?: number;
                    /** @description full-text search (Chinese, 1+ characters) */
                    q?: string;
                    /** @description id by default; confidence (least sure owner first) by default for review=proposed */
                    sort?: "id" | "-id" | "due_date" | "confidence";
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commitment with evidence, goals, targets, milestones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number;
                            unit_id: number | null;
                            lead_unit_id: number | null;
                            cooperating_unit_ids: number[];
                            text: string;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ];
                            goals: {
                                goal_id: number;
                                name: string;
                                confidence: number;
                                cue: {
                                    kind: string;
                                    text: string;
                                    /** @description character offsets [start, end) in the document text */
                                    span: [
                                        number,
                                        number
                                    ] | null;
                                };
                            }[];
                            /** @enum {string} */
                            review_state: "proposed" | "confirmed" | "rejected" | "merged";
                            /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                            owner_confidence: number;
                            /** @description the owner was guessed: check it first */
                            low_confidence: boolean;
                            edited: boolean;
                            merged_into_id: number | null;
                            reject_reason: string | null;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            deadline: string | null;
                            due_date: string | null;
                            /** @description milestones past their due day and not done */
                            late_milestones: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                            /** @description the source sentence */
                            evidence: string | null;
                            targets: {
                                id: number;
                                plan_id: number;
                                document_id: number | null;
                                commitment_id: number | null;
                                unit_id: number | null;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                is_baseline: boolean;
                                baseline_value: number | null;
                                baseline_year: number | null;
                                due_year: number | null;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ] | null;
                                latest_figure: number | null;
                                latest_period: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            milestones: {
                                id: number;
                                commitment_id: number;
                                title: string;
                                due_date: string;
                                done_at: string | null;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the items merged into this one */
                            merged_from: {
                                id: number;
                                text: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set lead and cooperating units and the deadline */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lead_unit_id?: number | null;
                        cooperating_unit_ids?: number[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        deadline?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number;
                            unit_id: number | null;
                            lead_unit_id: number | null;
                            cooperating_unit_ids: number[];
                            text: string;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ];
                            goals: {
                                goal_id: number;
                                name: string;
                                confidence: number;
                                cue: {
                                    kind: string;
                                    text: string;
                                    /** @description character offsets [start, end) in the document text */
                                    span: [
                                        number,
                                        number
                                    ] | null;
                                };
                            }[];
                            /** @enum {string} */
                            review_state: "proposed" | "confirmed" | "rejected" | "merged";
                            /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                            owner_confidence: number;
                            /** @description the owner was guessed: check it first */
                            low_confidence: boolean;
                            edited: boolean;
                            merged_into_id: number | null;
                            reject_reason: string | null;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            deadline: string | null;
                            due_date: string | null;
                            /** @description milestones past their due day and not done */
                            late_milestones: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                            /** @description the source sentence */
                            evidence: string | null;
                            targets: {
                                id: number;
                                plan_id: number;
                                document_id: number | null;
                                commitment_id: number | null;
                                unit_id: number | null;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                is_baseline: boolean;
                                baseline_value: number | null;
                                baseline_year: number | null;
                                due_year: number | null;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ] | null;
                                latest_figure: number | null;
                                latest_period: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            milestones: {
                                id: number;
                                commitment_id: number;
                                title: string;
                                due_date: string;
                                done_at: string | null;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the items merged into this one */
                            merged_from: {
                                id: number;
                                text: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/commitments/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        due_date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            commitment_id: number;
                            title: string;
                            due_date: string;
                            done_at: string | null;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or tick off a milestone */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        due_date?: string;
                        done?: boolean;
                        /**
                         * Format: date
                         * @description the day it was done (YYYY-MM-DD, not after today); ticks it off
                         */
                        done_on?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            commitment_id: number;
                            title: string;
                            due_date: string;
                            done_at: string | null;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/commitments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a proposed item (no body) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number;
                            unit_id: number | null;
                            lead_unit_id: number | null;
                            cooperating_unit_ids: number[];
                            text: string;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ];
                            goals: {
                                goal_id: number;
                                name: string;
                                confidence: number;
                                cue: {
                                    kind: string;
                                    text: string;
                                    /** @description character offsets [start, end) in the document text */
                                    span: [
                                        number,
                                        number
                                    ] | null;
                                };
                            }[];
                            /** @enum {string} */
                            review_state: "proposed" | "confirmed" | "rejected" | "merged";
                            /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                            owner_confidence: number;
                            /** @description the owner was guessed: check it first */
                            low_confidence: boolean;
                            edited: boolean;
                            merged_into_id: number | null;
                            reject_reason: string | null;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            deadline: string | null;
                            due_date: string | null;
                            /** @description milestones past their due day and not done */
                            late_milestones: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct text, unit or goals */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text?: string;
                        unit_id?: number | null;
                        goals?: {
                            goal_id: number;
                            confidence?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number;
                            unit_id: number | null;
                            lead_unit_id: number | null;
                            cooperating_unit_ids: number[];
                            text: string;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ];
                            goals: {
                                goal_id: number;
                                name: string;
                                confidence: number;
                                cue: {
                                    kind: string;
                                    text: string;
                                    /** @description character offsets [start, end) in the document text */
                                    span: [
                                        number,
                                        number
                                    ] | null;
                                };
                            }[];
                            /** @enum {string} */
                            review_state: "proposed" | "confirmed" | "rejected" | "merged";
                            /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                            owner_confidence: number;
                            /** @description the owner was guessed: check it first */
                            low_confidence: boolean;
                            edited: boolean;
                            merged_into_id: number | null;
                            reject_reason: string | null;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            deadline: string | null;
                            due_date: string | null;
                            /** @description milestones past their due day and not done */
                            late_milestones: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge into another item */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        into: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merged: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                            into: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split into several items */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parts: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number;
                            unit_id: number | null;
                            lead_unit_id: number | null;
                            cooperating_unit_ids: number[];
                            text: string;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ];
                            goals: {
                                goal_id: number;
                                name: string;
                                confidence: number;
                                cue: {
                                    kind: string;
                                    text: string;
                                    /** @description character offsets [start, end) in the document text */
                                    span: [
                                        number,
                                        number
                                    ] | null;
                                };
                            }[];
                            /** @enum {string} */
                            review_state: "proposed" | "confirmed" | "rejected" | "merged";
                            /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                            owner_confidence: number;
                            /** @description the owner was guessed: check it first */
                            low_confidence: boolean;
                            edited: boolean;
                            merged_into_id: number | null;
                            reject_reason: string | null;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            deadline: string | null;
                            due_date: string | null;
                            /** @description milestones past their due day and not done */
                            late_milestones: number;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            created_at: string;
                            updated_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Targets; indicators=true for the plan's own indicators */
        get: {
            parameters: {
                query?: {
                    indicators?: boolean;
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                document_id: number | null;
                                commitment_id: number | null;
                                unit_id: number | null;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                is_baseline: boolean;
                                baseline_value: number | null;
                                baseline_year: number | null;
                                due_year: number | null;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ] | null;
                                latest_figure: number | null;
                                latest_period: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One target */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number | null;
                            commitment_id: number | null;
                            unit_id: number | null;
                            metric: string;
                            /** @enum {string} */
                            comparator: ">=" | "<=" | "=" | "~";
                            value: number;
                            /** @enum {string} */
                            value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                            unit_of_measure: string | null;
                            is_baseline: boolean;
                            baseline_value: number | null;
                            baseline_year: number | null;
                            due_year: number | null;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ] | null;
                            latest_figure: number | null;
                            latest_period: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a target (baseline, due year, value) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value?: number;
                        comparator?: ">=" | "<=" | "=" | "~";
                        baseline_value?: number | null;
                        baseline_year?: number | null;
                        due_year?: number | null;
                        unit_of_measure?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            document_id: number | null;
                            commitment_id: number | null;
                            unit_id: number | null;
                            metric: string;
                            /** @enum {string} */
                            comparator: ">=" | "<=" | "=" | "~";
                            value: number;
                            /** @enum {string} */
                            value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                            unit_of_measure: string | null;
                            is_baseline: boolean;
                            baseline_value: number | null;
                            baseline_year: number | null;
                            due_year: number | null;
                            /** @description character offsets [start, end) in the document text */
                            span: [
                                number,
                                number
                            ] | null;
                            latest_figure: number | null;
                            latest_period: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            status_reason: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/commitments/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commitment's reports, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                commitment_id: number | null;
                                target_id: number | null;
                                period: string;
                                narrative: string;
                                figure: number | null;
                                complete: boolean;
                                evidence_links: string[];
                                reporter_id: number | null;
                                reporter_name: string;
                                reported_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** File a progress report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                        period: string;
                        narrative: string;
                        figure?: number | null;
                        target_id?: number | null;
                        complete?: boolean;
                        evidence_links?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number | null;
                            target_id: number | null;
                            period: string;
                            narrative: string;
                            figure: number | null;
                            complete: boolean;
                            evidence_links: string[];
                            reporter_id: number | null;
                            reporter_name: string;
                            reported_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a figure for a plan indicator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                        period: string;
                        narrative: string;
                        figure: number;
                        evidence_links?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number | null;
                            target_id: number | null;
                            period: string;
                            narrative: string;
                            figure: number | null;
                            complete: boolean;
                            evidence_links: string[];
                            reporter_id: number | null;
                            reporter_name: string;
                            reported_at: string;
                            /** @description send back in If-Match to change the record */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's confirmed items with the period of each one's latest report (the reporting page) */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: the unit (reporters get their own) */
                    unit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit_id: number;
                            items: {
                                commitment: {
                                    id: number;
                                    plan_id: number;
                                    document_id: number;
                                    unit_id: number | null;
                                    lead_unit_id: number | null;
                                    cooperating_unit_ids: number[];
                                    text: string;
                                    /** @description character offsets [start, end) in the document text */
                                    span: [
                                        number,
                                        number
                                    ];
                                    goals: {
                                        goal_id: number;
                                        name: string;
                                        confidence: number;
                                        cue: {
                                            kind: string;
                                            text: string;
                                            /** @description character offsets [start, end) in the document text */
                                            span: [
                                                number,
                                                number
                                            ] | null;
                                        };
                                    }[];
                                    /** @enum {string} */
                                    review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                    /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                    owner_confidence: number;
                                    /** @description the owner was guessed: check it first */
                                    low_confidence: boolean;
                                    edited: boolean;
                                    merged_into_id: number | null;
                                    reject_reason: string | null;
                                    reviewed_by: string | null;
                                    reviewed_at: string | null;
                                    deadline: string | null;
                                    due_date: string | null;
                                    /** @description milestones past their due day and not done */
                                    late_milestones: number;
                                    /** @enum {string} */
                                    status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                    status_reason: string;
                                    created_at: string;
                                    updated_at: string;
                                    /** @description send back in If-Match to change the record */
                                    version: number;
                                };
                                /** @description Period of the latest report filed, or null when none */
                                last_period: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Matrix of confirmed commitments, status and review counts, deadlines, indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            goals: {
                                id: number;
                                plan_id: number;
                                key: string;
                                name: string;
                                aliases: string[];
                                subjects: string[];
                                position: number;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            units: {
                                id: number;
                                name: string;
                            }[];
                            /** @description the busiest units' cells only (at most 40 units) */
                            matrix: {
                                unit_id: number | null;
                                goal_id: number;
                                n: number;
                            }[];
                            /** @description per goal over every unit: items and units with any */
                            goal_totals: {
                                goal_id: number;
                                n: number;
                                units: number;
                            }[];
                            /** @description how many units the whole matrix has */
                            matrix_unit_count: number;
                            status_counts: {
                                not_started: number;
                                on_track: number;
                                behind: number;
                                overdue: number;
                                done: number;
                            };
                            review_counts: {
                                proposed: number;
                                confirmed: number;
                                rejected: number;
                                merged: number;
                            };
                            upcoming: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            overdue: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            indicators: {
                                id: number;
                                plan_id: number;
                                document_id: number | null;
                                commitment_id: number | null;
                                unit_id: number | null;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                is_baseline: boolean;
                                baseline_value: number | null;
                                baseline_year: number | null;
                                due_year: number | null;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ] | null;
                                latest_figure: number | null;
                                latest_period: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmed items past their due date, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                document_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                goals: {
                                    goal_id: number;
                                    name: string;
                                    confidence: number;
                                    cue: {
                                        kind: string;
                                        text: string;
                                        /** @description character offsets [start, end) in the document text */
                                        span: [
                                            number,
                                            number
                                        ] | null;
                                    };
                                }[];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @description how sure the extraction is of the owner: 1 unless the engine guessed it */
                                owner_confidence: number;
                                /** @description the owner was guessed: check it first */
                                low_confidence: boolean;
                                edited: boolean;
                                merged_into_id: number | null;
                                reject_reason: string | null;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                deadline: string | null;
                                due_date: string | null;
                                /** @description milestones past their due day and not done */
                                late_milestones: number;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                status_reason: string;
                                created_at: string;
                                updated_at: string;
                                /** @description send back in If-Match to change the record */
                                version: number;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/owing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units that owe a report for a period */
        get: {
            parameters: {
                query: {
                    /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                    period: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            items: {
                                unit_id: number;
                                unit_name: string;
                                missing: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: {
            parameters: {
                query?: {
                    plan?: number;
                    entity?: string;
                    entity_id?: number;
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number | null;
                                actor_id: number | null;
                                actor_name: string;
                                action: string;
                                entity: string;
                                entity_id: number | null;
                                /** @description the record before (null on create) */
                                before: unknown;
                                /** @description the record after (null on delete) */
                                after: unknown;
                                at: string;
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                framework_name: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan at a glance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                id: number;
                                name: string;
                                framework_name: string | null;
                            };
                            goals: {
                                id: number;
                                name: string;
                            }[];
                            units: {
                                id: number;
                                name: string;
                            }[];
                            /** @description the busiest units' cells only (at most 40 units) */
                            matrix: {
                                unit_id: number | null;
                                goal_id: number;
                                n: number;
                            }[];
                            /** @description per goal over every unit: items and units with any */
                            goal_totals: {
                                goal_id: number;
                                n: number;
                                units: number;
                            }[];
                            /** @description how many units the whole matrix has */
                            matrix_unit_count: number;
                            status_counts: {
                                not_started: number;
                                on_track: number;
                                behind: number;
                                overdue: number;
                                done: number;
                            };
                            indicators: {
                                id: number;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                baseline_value: number | null;
                                baseline_year: number | null;
                                due_year: number | null;
                                latest_figure: number | null;
                                latest_period: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmed commitments */
        get: {
            parameters: {
                query?: {
                    unit?: number;
                    goal?: number;
                    status?: "not_started" | "on_track" | "behind" | "overdue" | "done";
                    q?: string;
                    /** @description from the previous page's `next` */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                unit_id: number | null;
                                lead_unit_id: number | null;
                                cooperating_unit_ids: number[];
                                text: string;
                                goals: {
                                    goal_id: number;
                                    name: string;
                                }[];
                                due_date: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            }[];
                            /** @description the next page's cursor */
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A confirmed commitment with its source sentence and progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            unit_id: number | null;
                            lead_unit_id: number | null;
                            cooperating_unit_ids: number[];
                            text: string;
                            goals: {
                                goal_id: number;
                                name: string;
                            }[];
                            due_date: string | null;
                            /** @enum {string} */
                            status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            source_sentence: string | null;
                            document_id: number;
                            targets: {
                                id: number;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                baseline_value: number | null;
                                baseline_year: number | null;
                                due_year: number | null;
                                latest_figure: number | null;
                                latest_period: string | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                            }[];
                            progress: {
                                period: string;
                                narrative: string;
                                figure: number | null;
                                complete: boolean;
                                evidence_links: string[];
                                reported_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the task table (.xlsx: staff get proposed and confirmed items with review state, ID and version) or open data (.csv, .json: confirmed items); reporters get their unit's confirmed items */
        get: {
            parameters: {
                query: {
                    /** @description xlsx: the task table (任务分解表); csv, json: open data (docs/open-data.md) */
                    format: "xlsx" | "csv" | "json";
                    unit?: number;
                    goal?: number;
                    status?: "not_started" | "on_track" | "behind" | "overdue" | "done";
                    /** @description xlsx only: review state (default proposed and confirmed: the working table) */
                    review?: "proposed" | "confirmed" | "rejected" | "merged" | "all";
                    /** @description csv only: which dataset (json holds all three) */
                    dataset?: "commitments" | "targets" | "progress";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv; charset=utf-8": string;
                        "application/json": Record<string, never>;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download confirmed items: the task table (.xlsx) or open data (.csv, .json) */
        get: {
            parameters: {
                query: {
                    /** @description xlsx: the task table (任务分解表); csv, json: open data (docs/open-data.md) */
                    format: "xlsx" | "csv" | "json";
                    unit?: number;
                    goal?: number;
                    status?: "not_started" | "on_track" | "behind" | "overdue" | "done";
                    /** @description csv only: which dataset (json holds all three) */
                    dataset?: "commitments" | "targets" | "progress";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv; charset=utf-8": string;
                        "application/json": Record<string, never>;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the 督查通报 for a period (.docx): summary, a table per unit, overdue and attention lists */
        get: {
            parameters: {
                query: {
                    /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                    period: string;
                    /** @description default 督查室 */
                    issuer?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the 督查通报 as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/reader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of a document's text with the commitment, target, speaker and strategy spans starting in it (positions from the document's start; follow `next`) */
        get: {
            parameters: {
                query: {
                    /** @description the page's first character (the previous page's `next`) */
                    from: number;
                    /** @description characters at most; the page ends after the last line break in its second half, and before its 201st item (a dense document's pages hold 200 items at most) */
                    length: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                id: number;
                                plan_id: number;
                                title: string;
                                year: number | null;
                                /** @description the page's text: characters window.from to window.to */
                                text: string;
                                /** @description the whole document's length in characters */
                                length: number;
                            };
                            window: {
                                from: number;
                                to: number;
                            };
                            /** @description `from` of the next page; null on the last */
                            next: number | null;
                            /** @description all the document's pages (PDF, scan), whatever the window */
                            pages: {
                                number: number;
                                /** @description where the page begins in the document's text */
                                start: number;
                                /** @description OCR's mean word confidence, 0–100 */
                                confidence: number | null;
                                /** @description GET /api/documents/:id/pages/:number/image shows the page */
                                image: boolean;
                            }[];
                            commitments: {
                                id: number;
                                unit_id: number | null;
                                text: string;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                review_state: "proposed" | "confirmed" | "rejected" | "merged";
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                goal_ids: number[];
                            }[];
                            targets: {
                                id: number;
                                commitment_id: number | null;
                                metric: string;
                                /** @enum {string} */
                                comparator: ">=" | "<=" | "=" | "~";
                                value: number;
                                /** @enum {string} */
                                value_kind: "absolute" | "percent" | "multiple" | "growth_rate";
                                unit_of_measure: string | null;
                                is_baseline: boolean;
                                due_year: number | null;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                            }[];
                            speakers: {
                                id: number;
                                person: string;
                                titles: string[];
                                unit_ids: number[];
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                            }[];
                            strategies: {
                                id: number;
                                label: string;
                                unit_id: number | null;
                                /** @description character offsets [start, end) in the document text */
                                span: [
                                    number,
                                    number
                                ];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmed commitments per goal and status (goal_id null: unaligned); the plan's years */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            period: {
                                from: number | null;
                                to: number | null;
                            };
                            goal_status: {
                                goal_id: number | null;
                                /** @enum {string} */
                                status: "not_started" | "on_track" | "behind" | "overdue" | "done";
                                n: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and a CSRF token, or nulls when signed out (never 401) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                display_name: string;
                                /** @enum {string} */
                                role: "admin" | "supervisor" | "reporter";
                                unit_id: number | null;
                                disabled: boolean;
                                must_change_password: boolean;
                                created_at: string;
                                version: number;
                            } | null;
                            csrf_token: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/cycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's reporting calendar, reminder lead, warning thresholds and assessment weights (signed in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            frequency: "monthly" | "quarterly";
                            due_day: number;
                            grace_days: number;
                            starts_on: string;
                            remind_before_days: number;
                            yellow_after_days: number;
                            red_returns: number;
                            weights: {
                                on_time: number;
                                on_track: number;
                                targets_met: number;
                                warnings: number;
                            };
                            units: {
                                unit_id: number;
                                frequency: "monthly" | "quarterly";
                                due_day: number;
                                grace_days: number;
                            }[];
                            /** @description 0 while the plan runs on the defaults */
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change the cycle settings (supervisor, admin; If-Match: the version, 0 for the defaults) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        frequency?: "monthly" | "quarterly";
                        /** @description day of the period's last month */
                        due_day?: number;
                        grace_days?: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        starts_on?: string;
                        remind_before_days?: number;
                        yellow_after_days?: number;
                        red_returns?: number;
                        weights?: {
                            on_time: number;
                            on_track: number;
                            targets_met: number;
                            warnings: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            frequency: "monthly" | "quarterly";
                            due_day: number;
                            grace_days: number;
                            starts_on: string;
                            remind_before_days: number;
                            yellow_after_days: number;
                            red_returns: number;
                            weights: {
                                on_time: number;
                                on_track: number;
                                targets_met: number;
                                warnings: number;
                            };
                            units: {
                                unit_id: number;
                                frequency: "monthly" | "quarterly";
                                due_day: number;
                                grace_days: number;
                            }[];
                            /** @description 0 while the plan runs on the defaults */
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/cycle/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a unit its own reporting calendar in this plan (supervisor, admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        frequency: "monthly" | "quarterly";
                        /** @description day of the period's last month */
                        due_day: number;
                        grace_days: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            frequency: "monthly" | "quarterly";
                            due_day: number;
                            grace_days: number;
                            starts_on: string;
                            remind_before_days: number;
                            yellow_after_days: number;
                            red_returns: number;
                            weights: {
                                on_time: number;
                                on_track: number;
                                targets_met: number;
                                warnings: number;
                            };
                            units: {
                                unit_id: number;
                                frequency: "monthly" | "quarterly";
                                due_day: number;
                                grace_days: number;
                            }[];
                            /** @description 0 while the plan runs on the defaults */
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Return a unit to the plan's calendar (supervisor, admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            frequency: "monthly" | "quarterly";
                            due_day: number;
                            grace_days: number;
                            starts_on: string;
                            remind_before_days: number;
                            yellow_after_days: number;
                            red_returns: number;
                            weights: {
                                on_time: number;
                                on_track: number;
                                targets_met: number;
                                warnings: number;
                            };
                            units: {
                                unit_id: number;
                                frequency: "monthly" | "quarterly";
                                due_day: number;
                                grace_days: number;
                            }[];
                            /** @description 0 while the plan runs on the defaults */
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who owes which report for which period, computed from the calendar (reporters: their unit); a page of items at a time (next/after) */
        get: {
            parameters: {
                query?: {
                    unit?: number;
                    state?: "open" | "due" | "overdue" | "reported" | "reported_late";
                    /** @description continue after this commitment id (the last page's next) */
                    after?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            /** @description more items follow: pass it as after; null at the end */
                            next: number | null;
                            items: {
                                commitment_id: number;
                                unit_id: number;
                                period: string;
                                due_on: string;
                                late_after: string;
                                state: string;
                                days_overdue: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's completion proposals, newest first, with return reasons (who may see the item) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                commitment_id: number;
                                unit_id: number | null;
                                target_id: number | null;
                                figure: number | null;
                                period: string;
                                narrative: string;
                                evidence_links: string[];
                                /**
                                 * @description accepted: 销号; returned: 退回
                                 * @enum {string}
                                 */
                                state: "pending" | "accepted" | "returned";
                                return_reason: string | null;
                                progress_id: number | null;
                                proposed_by_name: string;
                                proposed_at: string;
                                decided_by_name: string | null;
                                decided_at: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Propose completion (提请销号) with the figure reached and evidence; a figure is required when the item has a numeric target (reporter of the item's unit, supervisor, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        narrative: string;
                        figure?: number | null;
                        target_id?: number | null;
                        /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                        period?: string;
                        evidence_links?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number;
                            unit_id: number | null;
                            target_id: number | null;
                            figure: number | null;
                            period: string;
                            narrative: string;
                            evidence_links: string[];
                            /**
                             * @description accepted: 销号; returned: 退回
                             * @enum {string}
                             */
                            state: "pending" | "accepted" | "returned";
                            return_reason: string | null;
                            progress_id: number | null;
                            proposed_by_name: string;
                            proposed_at: string;
                            decided_by_name: string | null;
                            decided_at: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's completion proposals (reporters: their unit's) */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "accepted" | "returned";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                commitment_id: number;
                                unit_id: number | null;
                                target_id: number | null;
                                figure: number | null;
                                period: string;
                                narrative: string;
                                evidence_links: string[];
                                /**
                                 * @description accepted: 销号; returned: 退回
                                 * @enum {string}
                                 */
                                state: "pending" | "accepted" | "returned";
                                return_reason: string | null;
                                progress_id: number | null;
                                proposed_by_name: string;
                                proposed_at: string;
                                decided_by_name: string | null;
                                decided_at: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/completion/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (销号): the item is done (supervisor, admin; If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number;
                            unit_id: number | null;
                            target_id: number | null;
                            figure: number | null;
                            period: string;
                            narrative: string;
                            evidence_links: string[];
                            /**
                             * @description accepted: 销号; returned: 退回
                             * @enum {string}
                             */
                            state: "pending" | "accepted" | "returned";
                            return_reason: string | null;
                            progress_id: number | null;
                            proposed_by_name: string;
                            proposed_at: string;
                            decided_by_name: string | null;
                            decided_at: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/completion/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return (退回) with a reason the unit sees (supervisor, admin; If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number;
                            unit_id: number | null;
                            target_id: number | null;
                            figure: number | null;
                            period: string;
                            narrative: string;
                            evidence_links: string[];
                            /**
                             * @description accepted: 销号; returned: 退回
                             * @enum {string}
                             */
                            state: "pending" | "accepted" | "returned";
                            return_reason: string | null;
                            progress_id: number | null;
                            proposed_by_name: string;
                            proposed_at: string;
                            decided_by_name: string | null;
                            decided_at: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's extension requests, both dates each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                commitment_id: number;
                                unit_id: number | null;
                                /** @description the deadline when asked */
                                old_date: string | null;
                                /** @description the date asked for */
                                new_date: string;
                                reason: string;
                                /** @enum {string} */
                                state: "pending" | "approved" | "refused";
                                decision_reason: string | null;
                                requested_by_name: string;
                                requested_at: string;
                                decided_by_name: string | null;
                                decided_at: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask for a later deadline with a reason (reporter of the item's unit, supervisor, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        new_date: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number;
                            unit_id: number | null;
                            /** @description the deadline when asked */
                            old_date: string | null;
                            /** @description the date asked for */
                            new_date: string;
                            reason: string;
                            /** @enum {string} */
                            state: "pending" | "approved" | "refused";
                            decision_reason: string | null;
                            requested_by_name: string;
                            requested_at: string;
                            decided_by_name: string | null;
                            decided_at: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's extension requests (reporters: their unit's) */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "approved" | "refused";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                commitment_id: number;
                                unit_id: number | null;
                                /** @description the deadline when asked */
                                old_date: string | null;
                                /** @description the date asked for */
                                new_date: string;
                                reason: string;
                                /** @enum {string} */
                                state: "pending" | "approved" | "refused";
                                decision_reason: string | null;
                                requested_by_name: string;
                                requested_at: string;
                                decided_by_name: string | null;
                                decided_at: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extensions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: the item's deadline becomes the new date (supervisor, admin; If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number;
                            unit_id: number | null;
                            /** @description the deadline when asked */
                            old_date: string | null;
                            /** @description the date asked for */
                            new_date: string;
                            reason: string;
                            /** @enum {string} */
                            state: "pending" | "approved" | "refused";
                            decision_reason: string | null;
                            requested_by_name: string;
                            requested_at: string;
                            decided_by_name: string | null;
                            decided_at: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extensions/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse with a reason; the deadline stays (supervisor, admin; If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            commitment_id: number;
                            unit_id: number | null;
                            /** @description the deadline when asked */
                            old_date: string | null;
                            /** @description the date asked for */
                            new_date: string;
                            reason: string;
                            /** @enum {string} */
                            state: "pending" | "approved" | "refused";
                            decision_reason: string | null;
                            requested_by_name: string;
                            requested_at: string;
                            decided_by_name: string | null;
                            decided_at: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's notices */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                /** @description 督办〔year〕n号, numbered per plan */
                                number: string;
                                commitment_id: number;
                                unit_id: number | null;
                                /** @enum {string} */
                                level: "blue" | "yellow" | "red";
                                demanded_action: string;
                                reply_deadline: string;
                                /** @enum {string} */
                                state: "open" | "answered";
                                reply: string | null;
                                replied_by_name: string | null;
                                replied_at: string | null;
                                issued_by_name: string;
                                issued_at: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue a 督办单 for an item; level defaults to its warning level (supervisor, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description what the unit must do */
                        demanded_action: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        reply_deadline?: string;
                        level?: "blue" | "yellow" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            /** @description 督办〔year〕n号, numbered per plan */
                            number: string;
                            commitment_id: number;
                            unit_id: number | null;
                            /** @enum {string} */
                            level: "blue" | "yellow" | "red";
                            demanded_action: string;
                            reply_deadline: string;
                            /** @enum {string} */
                            state: "open" | "answered";
                            reply: string | null;
                            replied_by_name: string | null;
                            replied_at: string | null;
                            issued_by_name: string;
                            issued_at: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's notices (reporters: their unit's) */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "answered";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                /** @description 督办〔year〕n号, numbered per plan */
                                number: string;
                                commitment_id: number;
                                unit_id: number | null;
                                /** @enum {string} */
                                level: "blue" | "yellow" | "red";
                                demanded_action: string;
                                reply_deadline: string;
                                /** @enum {string} */
                                state: "open" | "answered";
                                reply: string | null;
                                replied_by_name: string | null;
                                replied_at: string | null;
                                issued_by_name: string;
                                issued_at: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue notices in bulk: for the listed items, or for every item at or above min_level (default red) without an open notice; all or none (supervisor, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        commitment_ids?: number[];
                        min_level?: "blue" | "yellow" | "red";
                        /** @description what the unit must do */
                        demanded_action: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a day that exists
                         */
                        reply_deadline?: string;
                        level?: "blue" | "yellow" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                plan_id: number;
                                /** @description 督办〔year〕n号, numbered per plan */
                                number: string;
                                commitment_id: number;
                                unit_id: number | null;
                                /** @enum {string} */
                                level: "blue" | "yellow" | "red";
                                demanded_action: string;
                                reply_deadline: string;
                                /** @enum {string} */
                                state: "open" | "answered";
                                reply: string | null;
                                replied_by_name: string | null;
                                replied_at: string | null;
                                issued_by_name: string;
                                issued_at: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notice (its unit's reporters, staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            /** @description 督办〔year〕n号, numbered per plan */
                            number: string;
                            commitment_id: number;
                            unit_id: number | null;
                            /** @enum {string} */
                            level: "blue" | "yellow" | "red";
                            demanded_action: string;
                            reply_deadline: string;
                            /** @enum {string} */
                            state: "open" | "answered";
                            reply: string | null;
                            replied_by_name: string | null;
                            replied_at: string | null;
                            issued_by_name: string;
                            issued_at: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notice as a Word document: the item, its history, the demanded action, the reply deadline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the notice (.docx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit's reply; closes the notice (reporter of its unit, staff; If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the record's version */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan_id: number;
                            /** @description 督办〔year〕n号, numbered per plan */
                            number: string;
                            commitment_id: number;
                            unit_id: number | null;
                            /** @enum {string} */
                            level: "blue" | "yellow" | "red";
                            demanded_action: string;
                            reply_deadline: string;
                            /** @enum {string} */
                            state: "open" | "answered";
                            reply: string | null;
                            replied_by_name: string | null;
                            replied_at: string | null;
                            issued_by_name: string;
                            issued_at: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What I must do now (reports owed, proposals and extensions to decide, returned reports, notices to answer) and my notifications (signed in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tasks: {
                                /** @enum {string} */
                                kind: "report" | "review_completion" | "decide_extension" | "revise_returned" | "reply_notice";
                                plan_id: number;
                                commitment_id: number | null;
                                ref_id: number | null;
                                title: string;
                                detail: string;
                                due: string | null;
                                urgent: boolean;
                            }[];
                            notifications: {
                                id: number;
                                kind: string;
                                title: string;
                                body: string;
                                link: string | null;
                                created_at: string;
                                read: boolean;
                            }[];
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my notifications read: the listed ids, or all */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids?: number[];
                        all?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or with null clear) the e-mail address reminders go to (the user, or an admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user_id: number;
                            email: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Score and rank per unit for a period: on-time reporting, items on track, targets met, warnings, weighted (supervisor, admin). Formulas: src/domain/cycle/assessment.ts */
        get: {
            parameters: {
                query: {
                    /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                    period: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            period: string;
                            from: string;
                            to: string;
                            as_of: string;
                            weights: {
                                on_time: number;
                                on_track: number;
                                targets_met: number;
                                warnings: number;
                            };
                            units: {
                                unit_id: number;
                                unit: string;
                                rank: number | null;
                                score: number | null;
                                reports: {
                                    on_time: number;
                                    late: number;
                                    missing: number;
                                };
                                items: {
                                    total: number;
                                    on_track_or_done: number;
                                };
                                targets: {
                                    total: number;
                                    met: number;
                                };
                                warnings: {
                                    blue: number;
                                    yellow: number;
                                    red: number;
                                };
                                components: {
                                    /** @description 0–1; null when the unit has nothing to measure it by */
                                    on_time: number | null;
                                    /** @description 0–1; null when the unit has nothing to measure it by */
                                    on_track: number | null;
                                    /** @description 0–1; null when the unit has nothing to measure it by */
                                    targets_met: number | null;
                                    /** @description 0–1; null when the unit has nothing to measure it by */
                                    warnings: number | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/assessment.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment as an Excel sheet (supervisor, admin) */
        get: {
            parameters: {
                query: {
                    /** @description 2024, 2024H1, 2024Q1 or 2024-03 */
                    period: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the assessment (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each item's warning level (蓝/黄/红) with its reasons, and each unit's roll-up (reporters: their unit) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            items: {
                                commitment_id: number;
                                unit_id: number | null;
                                status: string;
                                due_date: string | null;
                                returns: number;
                                /** @enum {string} */
                                level: "none" | "blue" | "yellow" | "red";
                                reasons: string[];
                            }[];
                            units: {
                                unit_id: number | null;
                                /** @enum {string} */
                                level: "none" | "blue" | "yellow" | "red";
                                counts: {
                                    none: number;
                                    blue: number;
                                    yellow: number;
                                    red: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unit × goal heat map by count, status or warning level, read from aggregates; rows are the answering unit (lead, else owner); goal_id null is the 未对齐 column; totals count items, not goal links */
        get: {
            parameters: {
                query?: {
                    /** @description count: items per cell; status: by status; warning: by warning level (蓝/黄/红) */
                    by?: "count" | "status" | "warning";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan_id: number;
                            /** @enum {string} */
                            by: "count" | "status" | "warning";
                            goals: {
                                id: number;
                                name: string;
                            }[];
                            rows: {
                                unit_id: number | null;
                                unit: string;
                                cells: {
                                    /** @description null: the 未对齐 column (items aligned to no goal) */
                                    goal_id: number | null;
                                    n: number;
                                    /** @description items per status or warning level (empty by count) */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    worst: string | null;
                                    majority: string | null;
                                }[];
                                total: {
                                    /** @description null: the 未对齐 column (items aligned to no goal) */
                                    goal_id: number | null;
                                    n: number;
                                    /** @description items per status or warning level (empty by count) */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    worst: string | null;
                                    majority: string | null;
                                };
                            }[];
                            /** @description units with items; past 40 the rows are the busiest units' */
                            unit_count: number;
                            column_totals: {
                                /** @description null: the 未对齐 column (items aligned to no goal) */
                                goal_id: number | null;
                                n: number;
                                /** @description items per status or warning level (empty by count) */
                                counts: {
                                    [key: string]: number;
                                };
                                worst: string | null;
                                majority: string | null;
                            }[];
                            total: {
                                /** @description null: the 未对齐 column (items aligned to no goal) */
                                goal_id: number | null;
                                n: number;
                                /** @description items per status or warning level (empty by count) */
                                counts: {
                                    [key: string]: number;
                                };
                                worst: string | null;
                                majority: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's verdict now and the records behind it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                /** @enum {string} */
                                verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                                /** @description the day it took effect; null when it follows the status */
                                since: string | null;
                                /** @enum {string} */
                                source: "recorded" | "deadline" | "status";
                                reason: string | null;
                                evidence_links: string[];
                            };
                            records: {
                                id: number;
                                /** @enum {string} */
                                verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                                reason: string;
                                evidence_links: string[];
                                recorded_on: string;
                                recorded_by_name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a verdict with its reason and evidence (supervisor, admin). Past its deadline and unmet an item is 未兑现 unless a verdict is recorded after the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 已兑现 kept, 推进中 in progress, 受阻 stalled, 未兑现 broken, 未评估 not rated
                         * @enum {string}
                         */
                        verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                        reason: string;
                        evidence_links?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                /** @enum {string} */
                                verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                                /** @description the day it took effect; null when it follows the status */
                                since: string | null;
                                /** @enum {string} */
                                source: "recorded" | "deadline" | "status";
                                reason: string | null;
                                evidence_links: string[];
                            };
                            records: {
                                id: number;
                                /** @enum {string} */
                                verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                                reason: string;
                                evidence_links: string[];
                                recorded_on: string;
                                recorded_by_name: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{id}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every confirmed item's verdict with its date and evidence (no login) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                commitment_id: number;
                                /** @enum {string} */
                                verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                                since: string | null;
                                /** @enum {string} */
                                source: "recorded" | "deadline" | "status";
                                reason: string | null;
                                evidence_links: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/commitments/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A confirmed item's verdict (no login) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            commitment_id: number;
                            /** @enum {string} */
                            verdict: "kept" | "in_progress" | "stalled" | "broken" | "not_rated";
                            since: string | null;
                            /** @enum {string} */
                            source: "recorded" | "deadline" | "status";
                            reason: string | null;
                            evidence_links: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/task-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a task table (.xlsx as the body): one transaction; rows with ID and version update those items (stale versions reported, not applied), others become proposed items; unreadable rows refuse the file (422, error.details.problems) unless partial=true; with preview=TOKEN, only if it would do what that preview said (else 409 import_preview_stale, nothing stored) */
        post: {
            parameters: {
                query?: {
                    /** @description store the rows that read and report the rest (default: all or nothing) */
                    partial?: boolean;
                    /** @description the token of a preview of this file (POST …/task-table/preview): the import refuses (409 import_preview_stale) unless it would do exactly what that preview said */
                    preview?: string;
                };
                header?: {
                    /** @description the file's name, for the audit log and the source document; percent-encoded (UTF-8) when it is not ASCII */
                    "x-filename"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/octet-stream": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                id: number;
                                name: string;
                            };
                            sheet: string;
                            rows: number;
                            /** @description new proposed items */
                            created: number[];
                            updated: number[];
                            unchanged: number;
                            /** @description rows without an ID whose task the plan already has */
                            existing: number;
                            /** @description rows edited from an older version of the item: not applied */
                            stale: {
                                row: number;
                                id: number;
                                version: number;
                                current: number;
                            }[];
                            /** @description rows not imported (partial imports only) */
                            skipped: {
                                row: number;
                                /** @description column letter, or empty for the whole row */
                                column: string;
                                header: string;
                                /** @description what is wrong, for a translated message */
                                code: "empty_task" | "bad_deadline" | "not_whole_number" | "version_missing" | "unknown_unit" | "not_in_plan";
                                /** @description the cell's text or the unit name the code is about */
                                value?: string;
                                /** @description in English, the technical detail */
                                reason: string;
                            }[];
                            notes: {
                                row: number;
                                message: string;
                            }[];
                            document_id: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/task-table/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What importing a task table (.xlsx as the body) would do, row by row, storing nothing: new, updated (field before → after), unchanged, existing, stale, kept and rejected rows (with their problems), and a token for the import */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the file's name, for the audit log and the source document; percent-encoded (UTF-8) when it is not ASCII */
                    "x-filename"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/octet-stream": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                id: number;
                                name: string;
                            };
                            sheet: string;
                            /** @description task rows read, rejected ones included */
                            rows: number;
                            counts: {
                                new: number;
                                updated: number;
                                unchanged: number;
                                existing: number;
                                stale: number;
                                kept: number;
                                rejected: number;
                            };
                            /** @description one per task row: new (a proposed item), updated (changes: each field before → after), unchanged, existing (no ID, the plan has its task), stale (edited from an older version: not applied), kept (a merged or rejected item: not changed), rejected (problems; applied only with partial=true, which skips them) */
                            items: {
                                row: number;
                                kind: "new" | "updated" | "unchanged" | "existing" | "stale" | "kept" | "rejected";
                                id: number | null;
                                text: string;
                                /** @description the item's version now */
                                version: number | null;
                                /** @description the version the row has */
                                table_version: number | null;
                                changes: {
                                    field: "text" | "lead" | "cooperating" | "deadline" | "progress";
                                    before: string | null;
                                    after: string | null;
                                }[];
                                problems: {
                                    /** @description column letter, or empty for the whole row */
                                    column: string;
                                    header: string;
                                    /** @description what is wrong, for a translated message */
                                    code: "empty_task" | "bad_deadline" | "not_whole_number" | "version_missing" | "unknown_unit" | "not_in_plan";
                                    /** @description the cell's text or the unit name the code is about */
                                    value?: string;
                                    /** @description in English, the technical detail */
                                    reason: string;
                                }[];
                                notes: {
                                    code: "progress_not_confirmed" | "item_closed" | "progress_later";
                                    value?: string;
                                    message: string;
                                }[];
                            }[];
                            /** @description give it to the import as ?preview= to apply exactly this */
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                code: "file_not_found" | "file_empty" | "file_too_large" | "file_binary" | "file_encoding" | "file_format" | "file_corrupt" | "file_too_complex" | "ocr_unavailable" | "bad_argument" | "bad_framework" | "import_rejected" | "import_preview_stale" | "validation" | "bad_request" | "not_found" | "unauthorized" | "forbidden" | "csrf" | "stale_version" | "duplicate" | "password_change_required" | "conflict" | "database_in_use" | "busy" | "invalid_reference" | "rate_limited" | "precondition_required" | "migration_history" | "migration_failed" | "internal";
                /** @description English, for developers and logs; clients word the code */
                message: string;
                /** @description the field at fault (dotted path) */
                field?: string;
                rule?: "required" | "unknown_field" | "type" | "date" | "format" | "too_short" | "too_long" | "too_small" | "too_large" | "too_few" | "too_many" | "too_early" | "in_future" | "not_allowed" | "unknown_reference" | "invalid";
                /** @description the length or bound the rule names */
                limit?: number;
                details?: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
