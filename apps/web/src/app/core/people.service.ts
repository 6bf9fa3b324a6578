import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateUserRequest,
  CreateUserResponse,
  MembershipRole,
  PasswordResetLinkResponse,
  SetUserActiveRequest,
  UpdateMembershipRequest,
  UserSummary,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** People of the acting agency (everyone, for a superadmin). */
@Injectable({ providedIn: 'root' })
export class PeopleService {
  private readonly http = inject(HttpClient);

  list(): Observable<UserSummary[]> {
    return this.http.get<UserSummary[]>('/api/users');
  }

  create(request: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>('/api/users', request);
  }

  changeRole(userId: string, role: MembershipRole): Observable<UserSummary> {
    const body: UpdateMembershipRequest = { role };
    return this.http.patch<UserSummary>(`${this.userUrl(userId)}/membership`, body);
  }

  removeFromAgency(userId: string): Observable<void> {
    return this.http.delete<void>(`${this.userUrl(userId)}/membership`);
  }

  setActive(userId: string, active: boolean): Observable<UserSummary> {
    const body: SetUserActiveRequest = { active };
    return this.http.patch<UserSummary>(`${this.userUrl(userId)}/active`, body);
  }

  createPasswordResetLink(userId: string): Observable<PasswordResetLinkResponse> {
    return this.http.post<PasswordResetLinkResponse>(`${this.userUrl(userId)}/password-reset`, {});
  }

  private userUrl(userId: string): string {
    return `/api/users/${encodeURIComponent(userId)}`;
  }
}
