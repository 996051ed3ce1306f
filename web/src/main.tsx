import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";
import { SessionProvider } from "./lib/session.tsx";
import "./styles.css";
import "./layout.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
