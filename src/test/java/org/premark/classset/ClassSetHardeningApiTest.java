package org.premark.classset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.premark.web.WebSliceTest;
import org.premark.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12 in the teachers' API: every id works, whole marks only, deleting a class set stops its marking. */
class ClassSetHardeningApiTest extends WebSliceTest {

    private static final RequestPostProcessor KHAN = user(TEACHER).roles("TEACHER");
    private static final String ID = "0b5c3f1e-0000-4000-8000-000000000002";

    @Autowired
    Workspace workspace;

    @Autowired
    JsonMapper json;

    @Autowired
    ClassSetService service;

    @Autowired
    @Qualifier("markingExecutor")
    ExecutorService marking;

    private static ClassSet batch(ClassSetStatus status) {
        return new ClassSet(ID, TEACHER, "trotsky-lost", "9B set.csv", "9B set.csv", status, 1, 0, NOW, null, List.of());
    }

    private StoredAnswer marked(String id) {
        String result = json.writeValueAsString(result(workspace.rubric("trotsky-lost").orElseThrow()));
        return new StoredAnswer(id, 1, 2, ANSWER, result, 5, "Level 3", List.of(), null, null);
    }

    private static StoredAnswer waiting(String id) {
        return new StoredAnswer(id, 1, 2, ANSWER, null, null, null, List.of(), null, null);
    }

    @Test
    void idsWithSlashesPercentSemicolonsAndDotsOpenAndTakeAnOverride() throws Exception {
        when(store.find(ID, TEACHER)).thenReturn(Optional.of(batch(ClassSetStatus.DONE)));
        // The ids "." and ".." are tested against the real server (ServerProcessIT): MockMvc, unlike Tomcat, does not
        // normalise the decoded path, so its firewall would see a dot-segment that Tomcat never passes on.
        for (String id : List.of("10B/07", "100%", "a;b", "a\\b", "é 1", "50%2F")) {
            when(store.answer(ID, id)).thenReturn(Optional.of(marked(id)));
            String base = "/api/batches/" + ID + "/answers/" + PathSegments.encode(id);
            mvc.perform(get(URI.create(base)).with(KHAN))
                    .andDo(r -> org.junit.jupiter.api.Assertions.assertEquals(200, r.getResponse().getStatus(),
                            id + ": " + r.getResponse().getContentAsString()))
                    .andExpect(jsonPath("$.row.id").value(id));
            mvc.perform(put(URI.create(base + "/override")).with(KHAN).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"mark\":4,\"reason\":\"checked\"}"))
                    .andExpect(status().isOk());
            verify(store).override(eq(ID), eq(id), any());
        }
    }

    @Test
    void anOverrideMarkMustBeAWholeNumber() throws Exception {
        when(store.find(ID, TEACHER)).thenReturn(Optional.of(batch(ClassSetStatus.DONE)));
        when(store.answer(ID, "s1")).thenReturn(Optional.of(marked("s1")));
        String url = "/api/batches/" + ID + "/answers/s1/override";
        mvc.perform(put(url).with(KHAN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mark\":2.7,\"reason\":\"nearly three\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Mark not a whole number"))
                .andExpect(jsonPath("$.detail").value("The mark must be a whole number from 0 to 6, got 2.7."));
        verify(store, never()).override(anyString(), anyString(), any());
        mvc.perform(put(url).with(KHAN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mark\":3.0,\"reason\":\"three\"}"))
                .andExpect(status().isOk());
        verify(store).override(eq(ID), eq("s1"), eq(new MarkOverride(3, "three", TEACHER, NOW)));
    }

    @Test
    void deletingAClassSetStopsItsQueuedMarking() {
        clearInvocations(marking, store);
        when(store.unfinished()).thenReturn(List.of(batch(ClassSetStatus.MARKING)));
        when(store.unmarked(ID)).thenReturn(List.of(waiting("s1")));
        service.resume();
        ArgumentCaptor<Runnable> queued = ArgumentCaptor.forClass(Runnable.class);
        verify(marking, atLeastOnce()).execute(queued.capture());

        when(store.answer(ID, "s1")).thenReturn(Optional.empty()); // deleted while waiting
        queued.getValue().run();
        verify(store, never()).saveResult(anyString(), anyString(), anyInt(), any(), anyList(), any(), any());
        verify(store, never()).saveError(anyString(), anyString(), any(), any());

        when(store.answer(ID, "s1")).thenReturn(Optional.of(waiting("s1"))); // still there: it is marked
        queued.getValue().run();
        verify(store).saveResult(eq(ID), eq("s1"), anyInt(), any(), anyList(), any(), any());
    }
}
