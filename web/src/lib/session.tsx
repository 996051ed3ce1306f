// Who is signed in (from GET /api/session, whose CSRF token every write
// carries) and the plan the pages show, with its goals and the units.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, get, setCsrf } from "./api.ts";
import type { Goal, Page, Plan, SessionBody, Unit, User } from "./types.ts";

export interface Session {
  ready: boolean;
  user: User | null;
  signIn: (username: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  /** Replaces the signed-in user's password (the one-time one, first of all). */
  changePassword: (current: string, next: string) => Promise<User>;
  plan: Plan | null;
  plans: Plan[];
  setPlanId: (id: number) => void;
  goals: Goal[];
  units: Unit[];
  unitName: (id: number | null | undefined) => string;
  goalIndex: (id: number) => number;
  refreshMeta: () => void;
}

const Ctx = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<User | null>(null);
  const [plans, setPlans] = useState<Plan[]>([]);
  const [planId, setPlanId] = useState<number | null>(null);
  const [goals, setGoals] = useState<Goal[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [metaTick, setMetaTick] = useState(0);

  // Who is signed in, and the plans (a public list), asked at once.
  useEffect(() => {
    void Promise.all([
      get<{ user: User | null; csrf_token: string | null }>("/api/me").catch((e: unknown) => {
        console.warn("session check failed", e);
        return { user: null, csrf_token: null };
      }),
      get<{ items: Plan[] }>("/api/public/plans").catch(() => ({ items: [] as Plan[] })),
    ]).then(([me, ps]) => {
      setCsrf(me.csrf_token);
      setUser(me.user);
      setPlans(ps.items);
      setPlanId((id) => ps.items.find((p) => p.id === id)?.id ?? ps.items[0]?.id ?? null);
      setReady(true);
    });
  }, [metaTick]);

  // The chosen plan's goals and the units: internal API when signed in, else public.
  useEffect(() => {
    if (!ready || planId === null || user?.must_change_password) return;
    const ctl = new AbortController();
    const load = async () => {
      if (user) {
        const [g, u] = await Promise.all([
          get<Page<Goal>>(`/api/plans/${planId}/goals`, ctl.signal),
          get<Page<Unit>>("/api/units", ctl.signal),
        ]);
        setGoals(g.items);
        setUnits(u.items);
      } else {
        const o = await get<{ goals: Goal[]; units: Unit[] }>(
          `/api/public/plans/${planId}/overview`,
          ctl.signal,
        );
        setGoals(o.goals);
        setUnits(o.units);
      }
    };
    load().catch((e: unknown) => {
      if (!ctl.signal.aborted) console.warn("loading the plan failed", e);
    });
    return () => ctl.abort();
  }, [ready, user, planId]);

  const signIn = useCallback(async (username: string, password: string) => {
    const b = await api<SessionBody>("POST", "/api/session", { username, password });
    setCsrf(b.csrf_token);
    setUser(b.user);
    return b.user;
  }, []);
  const changePassword = useCallback(async (current: string, next: string) => {
    const b = await api<SessionBody>("POST", "/api/session/password", {
      current_password: current,
      new_password: next,
    });
    setCsrf(b.csrf_token);
    setUser(b.user);
    return b.user;
  }, []);
  const signOut = useCallback(async () => {
    await api("DELETE", "/api/session").catch(() => undefined);
    setCsrf(null);
    setUser(null);
  }, []);

  const value = useMemo<Session>(() => {
    const unitMap = new Map(units.map((u) => [u.id, u.name]));
    const goalPos = new Map(goals.map((g, i) => [g.id, i]));
    return {
      ready,
      user,
      signIn,
      signOut,
      changePassword,
      plans,
      plan: plans.find((p) => p.id === planId) ?? null,
      setPlanId,
      goals,
      units,
      unitName: (id) => (id == null ? "" : (unitMap.get(id) ?? `#${id}`)),
      goalIndex: (id) => goalPos.get(id) ?? -1,
      refreshMeta: () => setMetaTick((n) => n + 1),
    };
  }, [ready, user, signIn, signOut, changePassword, plans, planId, goals, units]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const v = useContext(Ctx);
  if (!v) throw new Error("useSession outside SessionProvider");
  return v;
}
